package app.gendan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    private static String key(Throwable e) {
        return ((GendanException) e).messageKey();
    }

    @Test
    void firstOpenCreatesAndMigratesTheFileAndReopenKeepsData() {
        Path file = dir.resolve("sub/folder/gendan.mv.db");
        try (Database db = Database.openFile(file)) {
            new Writes(db, java.time.Clock.systemUTC(), () -> null).unaudited("test", s -> s.settings().put("k", "v"));
        }
        assertThat(file).exists();
        try (Database db = Database.openFile(dir.resolve("sub/folder/gendan"))) {
            java.util.Optional<String> value = db.read(s -> s.settings().get("k"));
            assertThat(value).contains("v");
        }
    }

    @Test
    void aFolderOpensTheGendanFileInIt() {
        try (Database db = Database.openFile(dir)) {
            assertThat(db.description()).endsWith("gendan.mv.db");
        }
    }

    @Test
    void urlSharesTheFileBetweenProcesses() {
        assertThat(DatabaseUrl.forFile(Path.of("/data/team/gendan.mv.db")))
                .isEqualTo("jdbc:h2:file:/data/team/gendan;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0");
    }

    @Test
    void aFileWrittenByANewerGendanIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("gendan.mv.db");
        Database.openFile(file).close();
        int rowsBefore = historyRows(file);
        try (Connection c = DriverManager.getConnection(DatabaseUrl.forFile(file), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }

        assertThatThrownBy(() -> Database.openFile(file))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.db.newer"));
        assertThat(historyRows(file)).as("no migration was applied or removed").isEqualTo(rowsBefore + 1);
    }

    private static int historyRows(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection(DatabaseUrl.forFile(file), "sa", "");
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aFileThatIsNotAnH2DatabaseIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("orders.mv.db");
        byte[] junk = "PK\u0003\u0004 this is an xlsx, not a database".getBytes();
        Files.write(file, junk);

        assertThatThrownBy(() -> Database.openFile(file))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.db.notGendan"));
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aReadOnlyFileIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("gendan.mv.db");
        Database.openFile(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assertThatThrownBy(() -> Database.openFile(file))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.db.readOnly"));
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
