package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the import wizard and the Data page name exists in both languages, including those
 * passed through helpers (column titles, page titles) that the general key test does not see.
 */
class ImportUiKeysTest {
    private static final Pattern KEY = Pattern.compile("\"((?:wizard|data|imports|nav)(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void everyKeyOfTheImportScreensExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/gendan/ui/imports"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeIf(k -> k.endsWith(".") || k.endsWith(".css"));
        assertThat(used).hasSizeGreaterThan(100);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages m = new Messages(locale);
            assertThat(used.stream().filter(k -> !m.has(k)).toList()).as("keys missing in %s", locale).isEmpty();
        }
    }
}
