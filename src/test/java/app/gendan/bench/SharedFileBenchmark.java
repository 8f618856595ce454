package app.gendan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Stage;
import app.gendan.service.AppPaths;
import app.gendan.service.Workspace;
import app.gendan.team.ServeFileMain;
import app.gendan.team.TeamProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What durability costs on a shared file: a card move and a follow-up logged by an app that is a TCP
 * client of another process serving the file (10,000 open orders, 100,000 follow-ups), with H2's
 * default write delay of 500 ms alone (a commit may be answered before it is on disk) and with Gendan's
 * CHECKPOINT after each commit (every commit on disk before the write returns). One JSON line per figure.
 */
@Tag("bench")
class SharedFileBenchmark {
    @TempDir
    static Path dir;

    static Path seeded;

    @BeforeAll
    static void seed() throws Exception {
        seeded = dir.resolve("seed/bench.mv.db");
        Files.createDirectories(seeded.getParent());
        BenchData.seed(seeded);
    }

    @Test
    void cardMoveAndFollowUpAsAClientOfTheServingProcess() throws Exception {
        for (boolean lazy : new boolean[] {true, false}) {
            Path db = dir.resolve(lazy ? "lazy" : "durable").resolve("bench.mv.db");
            Files.createDirectories(db.getParent());
            Files.copy(seeded, db);
            String suffix = lazy ? "_write_delay_500" : "";
            List<String> jvm = new ArrayList<>(List.of("-Dgendan.h2.lazyCommits=" + lazy));
            jvm.add(AppJvmOptions.argFile());
            System.setProperty("gendan.h2.lazyCommits", String.valueOf(lazy));
            try (TeamProcess server = TeamProcess.start("server", db.getParent().resolve("logs"), jvm, ServeFileMain.class,
                    db.toString())) {
                assertThat(server.await(l -> l.startsWith("READY"), Duration.ofSeconds(120))).isEqualTo("READY serving");
                try (Workspace ws = Workspace.open(db, Clock.systemDefaultZone())) {
                    assertThat(ws.servesFile()).isFalse();
                    ws.users().signIn(AppPaths.osLogin()).orElseThrow();
                    System.out.println(Stats.line("shared_card_move" + suffix, BenchData.ORDERS, moves(ws), 10));
                    System.out.println(Stats.line("shared_followup_log" + suffix, BenchData.FOLLOW_UPS, followUps(ws), 50));
                }
            } finally {
                System.clearProperty("gendan.h2.lazyCommits");
            }
        }
    }

    private static double[] moves(Workspace ws) {
        long pipeline = ws.pipelines().defaultPipeline().id();
        List<Stage> stages = ws.pipelines().openStages(pipeline);
        List<BoardCard> cards = new ArrayList<>(ws.board().load(pipeline).cards());
        double[] t = new double[200];
        for (int i = -50; i < t.length; i++) {
            BoardCard c = cards.get(i + 50);
            long target = stages.get((stages.indexOf(stages.stream().filter(s -> s.id() == c.stageId()).findFirst()
                    .orElseThrow()) + 1) % stages.size()).id();
            long start = System.nanoTime();
            ws.orders().move(c.orderId(), c.version(), target, true);
            double ms = Stats.ms(start);
            if (i >= 0) {
                t[i] = ms;
            }
        }
        return t;
    }

    private static double[] followUps(Workspace ws) {
        long pipeline = ws.pipelines().defaultPipeline().id();
        List<BoardCard> cards = ws.board().load(pipeline).cards();
        double[] t = new double[200];
        for (int i = -50; i < t.length; i++) {
            BoardCard c = cards.get(1000 + i + 50);
            long start = System.nanoTime();
            ws.followUps().log(new FollowUpDraft(c.customerId(), c.orderId(), Instant.now(), FollowUpMethod.PHONE,
                    "电话回访 " + i, null, null, null, null, null, null));
            double ms = Stats.ms(start);
            if (i >= 0) {
                t[i] = ms;
            }
        }
        return t;
    }
}
