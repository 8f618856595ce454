package app.gendan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.testing.DbDump;
import app.gendan.testing.MutableClock;
import app.gendan.testing.TestWorkspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** due, export and import --dry-run read: not a row of the database changes, not even the change feed. */
class ReadingCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale saved;

    @BeforeEach
    void seed() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        MutableClock clock = new MutableClock(Clock.systemUTC().instant(), java.time.ZoneId.systemDefault());
        try (TestWorkspace t = TestWorkspace.create(dir, clock, Locale.SIMPLIFIED_CHINESE)) {
            var order = t.order("储能柜", t.customer("瑞丰新能源"), "250000");
            t.ws.followUps().log(new FollowUpDraft(0, order.id(), clock.instant(), FollowUpMethod.PHONE, "电话", null, null,
                    "发送报价单", LocalDate.now().minusDays(3), null, null));
        }
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private int run(String... args) {
        return GendanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void readingCommandsLeaveEveryTableAsItWas() throws Exception {
        String db = dir.resolve("gendan.mv.db").toString();
        String before = DbDump.dumpAll(dir);
        assertThat(before).contains("== \"CHANGE_FEED\"").contains("发送报价单");

        // the OS user of the test run is not registered in this database: due says so and registers nobody
        assertThat(run("due", "--db", db)).as(err.toString()).isZero();
        assertThat(err.toString()).contains("not a user of this database yet");
        assertThat(run("due", "--db", db, "--user", "all", "--json")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("发送报价单");
        assertThat(run("export", "orders", dir.resolve("orders.xlsx").toString(), "--db", db)).as(err.toString()).isZero();
        Path tracker = dir.resolve("tracker.csv");
        Files.copy(Path.of("samples/trackers/订单跟踪-GBK.csv"), tracker);
        assertThat(run("import", tracker.toString(), "--dry-run", "--db", db)).as(err.toString()).isIn(0, 1);
        assertThat(out.toString()).isNotBlank();

        assertThat(DbDump.dumpAll(dir)).isEqualTo(before);
    }

    @Test
    void aReadingCommandOnAMissingFileCreatesNothing() throws Exception {
        Path missing = dir.resolve("elsewhere/team.mv.db");
        assertThat(run("due", "--db", missing.toString())).isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("There is no Gendan database at");
        assertThat(run("export", "orders", dir.resolve("o.csv").toString(), "--db", missing.toString()))
                .isEqualTo(GendanCommand.EXIT_REJECTED);
        Files.copy(Path.of("samples/trackers/订单跟踪-GBK.csv"), dir.resolve("t.csv"));
        assertThat(run("import", dir.resolve("t.csv").toString(), "--dry-run", "--db", missing.toString())).isIn(0, 1);
        assertThat(out.toString()).contains("nothing was written");
        assertThat(missing.getParent()).doesNotExist();
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }
}
