package app.gendan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file held open by a program that does not share it is reported as locked, then opens once released. */
class LockedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aFileHeldByANonSharingProgramIsReportedAsLocked() throws Exception {
        Path file = dir.resolve("gendan.mv.db");
        Database.openFile(file).close();

        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabaseMain.class.getName(),
                dir.resolve("gendan").toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("HOLDING");
            assertThatThrownBy(() -> Database.openFile(file))
                    .isInstanceOfSatisfying(GendanException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.db.locked"));
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (Database db = Database.openFile(file)) {
            assertThat(db.description()).endsWith("gendan.mv.db");
        }
    }
}
