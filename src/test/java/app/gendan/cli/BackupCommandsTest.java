package app.gendan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.ExportSeed;
import app.gendan.testing.MutableClock;
import app.gendan.testing.Processes;
import app.gendan.testing.ServeDatabaseMain;
import app.gendan.testing.TestWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gendan backup, gendan backups and gendan restore, on real files in a data folder of their own. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Locale savedLocale;
    private String savedHome;
    private Path db;
    private Path backups;

    @BeforeEach
    void seed() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        savedHome = System.getProperty("gendan.home");
        System.setProperty("gendan.home", dir.resolve("home").toString());
        backups = dir.resolve("home/backups");
        db = dir.resolve("data/gendan.mv.db");
        try (TestWorkspace t = TestWorkspace.create(dir.resolve("data"), MutableClock.at("2026-11-20T06:03:00Z"), Locale.SIMPLIFIED_CHINESE)) {
            ExportSeed.into(t);
        }
    }

    @AfterEach
    void restoreProperties() {
        Locale.setDefault(savedLocale);
        System.setProperty("gendan.home", savedHome);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return GendanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private List<String> backupFiles() throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(backups)) {
            return s.map(p -> {
                try {
                    return p.getFileName() + " " + sha(p);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
        }
    }

    private Path onlyBackup() throws IOException {
        try (Stream<Path> s = Files.list(backups)) {
            return s.filter(p -> !p.getFileName().toString().contains("before-restore")).findFirst().orElseThrow();
        }
    }

    @Test
    void backupListAndRestore() throws Exception {
        assertThat(run("backups")).isZero();
        assertThat(out.toString().strip()).isEqualTo("No backups in " + backups + ".");

        assertThat(run("backup", "--db", db.toString())).as(err.toString()).isZero();
        Path backup = onlyBackup();
        assertThat(backup.getFileName().toString()).matches("gendan-\\d{4}-\\d\\d-\\d\\dT\\d{4}\\.mv\\.db\\.zip");
        assertThat(out.toString()).startsWith("Backed up " + db + " to " + backup + " (")
                .contains("Verified: the backup opens and holds every row (3 orders, 7 follow-ups, 3 customers).");

        assertThat(run("backups")).isZero();
        assertThat(out.toString()).contains("Backups in " + backups).contains("verified").contains(backup.getFileName().toString());
        assertThat(run("backups", "--json", "--check")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("backups")).hasSize(1);
        assertThat(json.get("backups").get(0).get("verified").asBoolean()).isTrue();
        assertThat(json.get("backups").get(0).get("intact").asBoolean()).isTrue();
        assertThat(json.get("backups").get(0).get("rows").get("sales_order").asLong()).isEqualTo(3);

        try (TestWorkspace t = TestWorkspace.create(dir.resolve("data"))) {
            t.customer("备份之后的客户");
        }
        String changed = sha(db);
        List<String> folder = backupFiles();
        assertThat(run("restore", backup.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Would restore " + backup).contains("; 3 orders, 7 follow-ups, 3 customers)")
                .contains("into " + db).contains("would be kept as " + backups.resolve(""))
                .contains("-before-restore.mv.db.zip").contains("Nothing was changed. Run the command again with --force");
        assertThat(sha(db)).isEqualTo(changed);
        assertThat(backupFiles()).isEqualTo(folder);

        assertThat(run("restore", backup.toString(), "--db", db.toString(), "--force")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Restored " + backup).contains("The database it replaced was kept as");
        assertThat(DbDump.count(dir.resolve("data"), "SELECT COUNT(*) FROM customer")).isEqualTo(3);
        assertThat(run("backups")).isZero();
        assertThat(out.toString()).contains("kept before a restore");
    }

    @Test
    void refusalsExitWithTwoAndChangeNothing() throws Exception {
        assertThat(run("backup", "--db", db.toString())).isZero();
        Path backup = onlyBackup();
        String before = sha(db);
        List<String> folder = backupFiles();

        byte[] bytes = Files.readAllBytes(backup);
        Path truncated = Files.write(dir.resolve("truncated.mv.db.zip"), java.util.Arrays.copyOf(bytes, bytes.length - 200));
        assertThat(run("restore", truncated.toString(), "--db", db.toString(), "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("Error: The backup " + truncated + " is damaged").contains("Nothing was changed.");

        try (Processes colleague = Processes.start(dir.resolve("logs"), ServeDatabaseMain.class, db.toString())) {
            colleague.await("SERVING"::equals, 1, 60);
            assertThat(run("restore", backup.toString(), "--db", db.toString(), "--force")).isEqualTo(2);
            assertThat(err.toString()).contains("is in use");
            assertThat(run("restore", backup.toString(), "--db", db.toString())).as("the dry run says so too").isEqualTo(2);
        }
        try (TestWorkspace t = TestWorkspace.create(dir.resolve("data"))) {
            t.ws.latestChange(); // the colleague's Gendan wrote on opening: compare with the file as it left it
        }
        before = sha(db);
        assertThat(run("restore", dir.resolve("nothing.zip").toString(), "--db", db.toString(), "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("There is no backup file");
        assertThat(sha(db)).isEqualTo(before);
        assertThat(backupFiles()).isEqualTo(folder);

        assertThat(run("backup", "--db", dir.resolve("nowhere/gendan.mv.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("There is no database at");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void backupToAPlainDatabaseFileOnce() throws Exception {
        Path copy = dir.resolve("copies/gendan-copy.mv.db");
        assertThat(run("backup", "--db", db.toString(), "--to", copy.toString())).as(err.toString()).isZero();
        assertThat(copy).exists();
        assertThat(backups).doesNotExist();
        assertThat(run("backup", "--db", db.toString(), "--to", copy.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("exists already");
        assertThat(run("restore", copy.toString(), "--db", dir.resolve("elsewhere/new.mv.db").toString())).isZero();
        assertThat(out.toString()).contains("There is no database at").contains("it would be created");
    }

    @Test
    void speaksChinese() throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(run("backup", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("已把 " + db + " 备份到").contains("3 个订单，7 条跟进，3 个客户");
        assertThat(run("backups")).isZero();
        assertThat(out.toString()).contains("已校验");
    }
}
