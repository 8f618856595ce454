package app.gendan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {
    @Test
    void latestIsTheHighestMigrationAndMigrationsAreNumberedWithoutGaps() throws Exception {
        Pattern name = Pattern.compile("V(\\d+)__.+\\.sql");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int[] versions = files.map(p -> name.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).sorted().toArray();
            assertThat(versions).isNotEmpty();
            for (int i = 0; i < versions.length; i++) {
                assertThat(versions[i]).isEqualTo(i + 1);
            }
            assertThat(SchemaVersion.LATEST).isEqualTo(versions[versions.length - 1]);
        }
    }
}
