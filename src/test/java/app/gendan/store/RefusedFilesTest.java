package app.gendan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file Gendan refuses is looked at without being opened for writing: it stays byte for byte as it
 * was (same SHA-256) and nothing new appears beside it (no .trace.db, no .lock.db).
 */
class RefusedFilesTest {
    @TempDir
    Path dir;

    private record Snapshot(String sha256, List<String> folder) {}

    private Snapshot snapshot(Path file) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        try (Stream<Path> files = Files.list(file.getParent())) {
            return new Snapshot(sha, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private void assertRefusedUntouched(Path file, String key) throws Exception {
        Snapshot before = snapshot(file);
        assertThatThrownBy(() -> Database.openFile(file)).isInstanceOfSatisfying(GendanException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(snapshot(file)).isEqualTo(before);
    }

    private static void sql(Path file, String... statements) throws Exception {
        String base = file.toString().substring(0, file.toString().length() - DatabaseUrl.FILE_SUFFIX.length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";TRACE_LEVEL_FILE=0", "sa", "");
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    @Test
    void aFileWrittenByANewerGendanStaysByteIdentical() throws Exception {
        Path file = dir.resolve("gendan.mv.db");
        Database.openFile(file).close();
        sql(file, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        assertRefusedUntouched(file, "error.db.newer");
    }

    @Test
    void anotherProgramsH2DatabaseStaysByteIdentical() throws Exception {
        Path file = dir.resolve("inventory.mv.db");
        sql(file, "CREATE TABLE stock (sku VARCHAR(20) PRIMARY KEY, qty INT)", "INSERT INTO stock VALUES ('A-1', 5)");
        assertRefusedUntouched(file, "error.db.notGendan");
    }

    @Test
    void aDamagedFileStaysByteIdentical() throws Exception {
        Path file = dir.resolve("gendan.mv.db");
        Database.openFile(file).close();
        byte[] bytes = Files.readAllBytes(file);
        byte[] damaged = new byte[bytes.length * 6 / 10 + 16 * 1024];
        System.arraycopy(bytes, 0, damaged, 0, bytes.length * 6 / 10);
        for (int i = bytes.length * 6 / 10; i < damaged.length; i++) {
            damaged[i] = (byte) (i * 31);
        }
        // damage the chunks too, not only the end: every byte after the file header
        for (int i = 8192; i < bytes.length * 6 / 10; i += 97) {
            damaged[i] ^= 0x5A;
        }
        Files.write(file, damaged);
        assertRefusedUntouched(file, "error.db.notGendan");
    }

    @Test
    void aFileHeldByAProgramThatDoesNotShareItStaysByteIdentical() throws Exception {
        Path file = dir.resolve("gendan.mv.db");
        Database.openFile(file).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabaseMain.class.getName(),
                dir.resolve("gendan").toString() + ";TRACE_LEVEL_FILE=0").redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("HOLDING");
            assertRefusedUntouched(file, "error.db.locked");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
