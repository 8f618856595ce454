package app.gendan.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.ImportSummary;
import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import app.gendan.testing.TrackerGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A colleague imports a large tracker into a shared file while the computer serving it dies (kill
 * -9), at many moments: while the rows are written and, most of the time, around the commit. Each
 * time the file ends with all of the import or none of it, a batch that says committed has every
 * row, what the importer was told agrees with the file, and a batch that did not complete can be
 * imported again (without hanging on rows H2 left half-committed).
 */
class KilledServerImportTest {
    /** Milliseconds after the importer starts its commit; negative: while it writes the rows. */
    private static final int[] KILL_AFTER_WRITTEN = {-1, 0, 20, 40, 70, 110, 180, 300};
    private static final int ROWS = 8_000;

    @TempDir
    Path dir;

    private record Trial(int killAfter, String told, long batches, long committed, long orders, long followUps,
                         boolean finishedHalfCommit) {}

    @Test
    void theServingComputerDyingAtAnyMomentLeavesAllOfTheImportOrNoneOfIt() throws Exception {
        Path tracker = TrackerGenerator.csv(dir.resolve("大订单表.csv"), ROWS, StandardCharsets.UTF_8);
        long[] full = fullImport(tracker);
        List<Trial> trials = new ArrayList<>();
        int delays = Integer.getInteger("gendan.killTrials", KILL_AFTER_WRITTEN.length);
        for (int i = 0; i < delays; i++) {
            int killAfter = KILL_AFTER_WRITTEN[i % KILL_AFTER_WRITTEN.length] + (i / KILL_AFTER_WRITTEN.length) * 17;
            trials.add(trial(tracker, killAfter, full, i));
        }
        trials.forEach(t -> System.out.println(moment(t.killAfter()) + ": told " + t.told()
                + "; batches " + t.batches() + ", committed " + t.committed() + ", orders " + t.orders()
                + ", follow-ups " + t.followUps() + (t.finishedHalfCommit() ? "; a half-done commit was finished" : "")));
        // the moments chosen really cut through the work: some imports were lost, and some survived the kill
        assertThat(trials).anyMatch(t -> t.committed() == 0);
        assertThat(trials).anyMatch(t -> t.committed() == 1);
    }

    private static String moment(int killAfter) {
        return killAfter < 0 ? "killed while the rows were written" : "killed " + killAfter + " ms into the commit";
    }

    /** orders and follow-ups one uninterrupted import of the tracker creates. */
    private long[] fullImport(Path tracker) {
        Path ref = dir.resolve("reference");
        try (TestWorkspace t = TestWorkspace.create(ref)) {
            ImportSummary s = t.ws.imports().run(t.ws.imports().inspect(tracker).request(), (p, d, n) -> { }, () -> false);
            assertThat(s.batchId()).isNotNull();
        }
        return new long[] {DbDump.count(ref, "SELECT COUNT(*) FROM sales_order"), DbDump.count(ref, "SELECT COUNT(*) FROM follow_up"),
                DbDump.count(ref, "SELECT COUNT(*) FROM customer"), DbDump.count(ref, "SELECT COUNT(*) FROM contact")};
    }

    private Trial trial(Path tracker, int killAfter, long[] full, int n) throws Exception {
        Path team = dir.resolve("team-" + n);
        TestWorkspace.create(team).close();
        String db = team.resolve("gendan.mv.db").toString();
        String told;
        try (TeamProcess server = TeamProcess.start("server-" + n, team.resolve("logs"), ServeFileMain.class, db);
             TeamProcess importer = start(team, db, tracker, server, n)) {
            if (killAfter < 0) {
                Thread.sleep(1500); // reading and matching are done by then on this machine; rows are being written
                server.kill();
            } else {
                importer.await(l -> l.startsWith("COMMITTING"), Duration.ofSeconds(120));
                Thread.sleep(killAfter);
                server.kill();
            }
            assertThat(importer.waitFor(Duration.ofSeconds(120))).as(String.join("\n", importer.lines())).isTrue();
            told = importer.lines().stream().filter(l -> l.startsWith("IMPORTED") || l.startsWith("REFUSED"))
                    .findFirst().orElseThrow(() -> new AssertionError(String.join("\n", importer.lines())));
        }
        keepForInspection(team, n);
        // reopened by a colleague's app: whatever a crash left half-done is finished first
        try (TestWorkspace t = TestWorkspace.create(team)) {
            t.ws.imports().repairUnfinished();
        }
        long batches = DbDump.count(team, "SELECT COUNT(*) FROM import_batch");
        long committed = DbDump.count(team, "SELECT COUNT(*) FROM import_batch WHERE status = 'committed'");
        long unfinished = DbDump.count(team, "SELECT COUNT(*) FROM import_batch WHERE status IN ('pending', 'reverting')");
        long orders = DbDump.count(team, "SELECT COUNT(*) FROM sales_order");
        long followUps = DbDump.count(team, "SELECT COUNT(*) FROM follow_up");
        long customers = DbDump.count(team, "SELECT COUNT(*) FROM customer");
        long contacts = DbDump.count(team, "SELECT COUNT(*) FROM contact");
        String what = moment(killAfter) + ": told " + told;
        assertThat(unfinished).as(what).isZero();
        if (committed == 1) {
            assertThat(new long[] {orders, followUps, customers, contacts}).as(what).containsExactly(full);
        } else {
            assertThat(committed).as(what).isZero();
            assertThat(new long[] {orders, followUps, customers, contacts}).as(what).containsExactly(0, 0, 0, 0);
            assertThat(DbDump.count(team, "SELECT COUNT(*) FROM audit_entry WHERE import_batch_id IS NOT NULL")).as(what).isZero();
        }
        if (told.startsWith("IMPORTED")) {
            assertThat(committed).as(what).isEqualTo(1);
        } else {
            assertThat(told).as(what).isIn("REFUSED imports.error.notCompleted", "REFUSED imports.error.unconfirmed");
            if (told.endsWith("notCompleted")) {
                assertThat(committed).as(what).isZero();
            }
        }
        if (committed == 0) {
            reimport(team, tracker, full, what);
        }
        // H2 left the commit half done, and the importer (serving the file now) finished it
        Path log = team.resolve("logs").resolve("importer-" + n).resolve("gendan.log");
        boolean finished = Files.exists(log) && Files.readString(log).contains("Finished the commit of transaction");
        return new Trial(killAfter, told, batches, committed, orders, followUps, finished);
    }

    /** With -Dgendan.keepTrials=DIR, a copy of the file as the kill left it (before any repair), to look into. */
    private static void keepForInspection(Path team, int n) throws java.io.IOException {
        String keep = System.getProperty("gendan.keepTrials");
        if (keep == null) {
            return;
        }
        Path to = Path.of(keep, "trial-" + n);
        try (var files = Files.walk(team)) {
            for (Path f : files.toList()) {
                Path copy = to.resolve(team.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy);
                }
            }
        }
    }

    private TeamProcess start(Path team, String db, Path tracker, TeamProcess server, int n) throws Exception {
        assertThat(server.await(l -> l.startsWith("READY"), Duration.ofSeconds(60))).isEqualTo("READY serving");
        TeamProcess importer = TeamProcess.start("importer-" + n, team.resolve("logs"), ImportClientMain.class,
                db, "wangwu", tracker.toString());
        assertThat(importer.await(l -> l.startsWith("READY"), Duration.ofSeconds(60))).isEqualTo("READY client");
        return importer;
    }

    /** The file can be imported again, completely, and promptly (no wait on rows a crash left locked). */
    private void reimport(Path team, Path tracker, long[] full, String what) throws Exception {
        var pool = Executors.newSingleThreadExecutor();
        try (TestWorkspace t = TestWorkspace.create(team)) {
            Future<ImportSummary> again = pool.submit(() ->
                    t.ws.imports().run(t.ws.imports().inspect(tracker).request(), (p, d, n) -> { }, () -> false));
            assertThat(again.get(120, TimeUnit.SECONDS).batchId()).as(what).isNotNull();
        } finally {
            pool.shutdownNow();
        }
        assertThat(DbDump.count(team, "SELECT COUNT(*) FROM sales_order")).as(what).isEqualTo(full[0]);
        assertThat(DbDump.count(team, "SELECT COUNT(*) FROM follow_up")).as(what).isEqualTo(full[1]);
        Files.writeString(team.resolve("reimported"), what);
    }
}
