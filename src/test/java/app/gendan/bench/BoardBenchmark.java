package app.gendan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.domain.BoardFilter;
import app.gendan.domain.BoardModel;
import app.gendan.domain.Stage;
import app.gendan.service.AppPaths;
import app.gendan.service.BoardData;
import app.gendan.service.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality bars of DESIGN.md for the board, measured on 10,000 open orders and 100,000
 * follow-ups. Run with {@code mvn -Pbench verify}; prints one JSON line per figure.
 */
@Tag("bench")
class BoardBenchmark {
    @TempDir
    static Path dir;

    static Path db;

    /** The highest resident memory of the app processes started, at the moment their board showed. */
    static long peakRss;

    @BeforeAll
    static void seed() throws Exception {
        db = dir.resolve("bench.mv.db");
        BenchData.seed(db);
    }

    private static Workspace open() {
        Workspace ws = Workspace.open(db, Clock.systemDefaultZone());
        ws.users().signIn(AppPaths.osLogin()).orElseThrow();
        return ws;
    }

    @Test
    void boardLoadAndModelBuild() {
        try (Workspace ws = open()) {
            long pipeline = ws.pipelines().defaultPipeline().id();
            double[] t = new double[30];
            for (int i = -10; i < t.length; i++) {
                long start = System.nanoTime();
                BoardModel model = ws.board().load(pipeline).model(BoardFilter.ALL);
                double ms = Stats.ms(start);
                assertThat(model.totalCount()).isEqualTo(BenchData.ORDERS);
                if (i >= 0) {
                    t[i] = ms;
                }
            }
            System.out.println(Stats.line("board_load", BenchData.ORDERS, t, 200));
        }
    }

    @Test
    void cardMove() {
        try (Workspace ws = open()) {
            long pipeline = ws.pipelines().defaultPipeline().id();
            List<Stage> stages = ws.pipelines().openStages(pipeline);
            BoardData data = ws.board().load(pipeline);
            List<BoardCard> cards = new ArrayList<>(data.cards());
            double[] t = new double[200];
            for (int i = -50; i < t.length; i++) {
                BoardCard c = cards.get(i + 50);
                long target = stages.get((stages.indexOf(stages.stream().filter(s -> s.id() == c.stageId()).findFirst()
                        .orElseThrow()) + 1) % stages.size()).id();
                long start = System.nanoTime();
                var moved = ws.orders().move(c.orderId(), c.version(), target, true);
                double ms = Stats.ms(start);
                assertThat(moved.stageId()).isEqualTo(target);
                if (i >= 0) {
                    t[i] = ms;
                }
            }
            System.out.println(Stats.line("card_move", BenchData.ORDERS, t, 10));
        }
    }

    /** The Today view's query: one user's open steps out of 100,000 follow-ups. */
    @Test
    void dueItemsOfOneUser() {
        try (Workspace ws = open()) {
            long user = ws.users().all().stream().filter(u -> u.login().equals("rep1")).findFirst().orElseThrow().id();
            double[] t = new double[100];
            for (int i = -30; i < t.length; i++) {
                long start = System.nanoTime();
                var due = ws.due().dueItems(user, 7);
                double ms = Stats.ms(start);
                assertThat(due.size()).isPositive();
                if (i >= 0) {
                    t[i] = ms;
                }
            }
            System.out.println(Stats.line("due_items_one_user", BenchData.FOLLOW_UPS, t, 5));
        }
    }

    /** Every order alert over all 10,000 open orders. */
    @Test
    void fullAlertScan() {
        try (Workspace ws = open()) {
            double[] t = new double[20];
            for (int i = -5; i < t.length; i++) {
                long start = System.nanoTime();
                var alerts = ws.alerts().scan(null);
                double ms = Stats.ms(start);
                assertThat(alerts).isNotEmpty();
                if (i >= 0) {
                    t[i] = ms;
                }
            }
            System.out.println(Stats.line("alert_scan", BenchData.ORDERS, t, 50));
        }
    }

    @Test
    void globalSearch() {
        try (Workspace ws = open()) {
            String[] queries = {"客户123", "精密机械", "BM-004", "13900", "Trading", "基准订单 99", "客户9999"};
            double[] t = new double[70];
            for (int i = -14; i < t.length; i++) {
                String q = queries[Math.floorMod(i, queries.length)];
                long start = System.nanoTime();
                var hits = ws.search().search(q);
                double ms = Stats.ms(start);
                assertThat(hits).isNotEmpty();
                if (i >= 0) {
                    t[i] = ms;
                }
            }
            System.out.println(Stats.line("global_search", BenchData.CUSTOMERS, t, 50));
        }
    }

    /**
     * JVM start to a painted board with 10,000 orders, in a fresh headless JVM each run, launched
     * as the app is launched: with its JVM options and the class-data archive the build trained
     * ({@code target/gendan.aot}). The first start (cold file caches) is reported on its own line.
     */
    @Test
    void startupToPaintedBoard() throws Exception {
        // the class-data archive the build trained, as the gendan scripts use it (never written at run time)
        Path archive = Path.of("target", "gendan.aot").toAbsolutePath();
        double first = startOnce(archive);
        double[] t = new double[3];
        for (int i = 0; i < t.length; i++) {
            t[i] = startOnce(archive);
        }
        System.out.println(Stats.line("startup_to_board_first_run", BenchData.ORDERS, new double[] {first}, 2500));
        System.out.println(Stats.line("startup_to_board", BenchData.ORDERS, t, 2500));
        System.out.println(String.format(java.util.Locale.ROOT,
                "{\"bench\":\"app_board_rss\",\"n\":%d,\"runs\":%d,\"peak_rss_mb\":%d,\"target_mb\":768,\"cores\":%d}",
                BenchData.ORDERS, t.length + 1, peakRss, Runtime.getRuntime().availableProcessors()));
    }

    /** The packaged app (gendan.jar with lib/ beside it) plus the headless glass platform, as a user starts it. */
    private static String appClassPath() {
        Path jar = Path.of("target", "gendan.jar").toAbsolutePath();
        assertThat(jar).as("run the benchmarks with mvn -Pbench verify, after packaging").exists();
        String monocle = java.util.Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(java.io.File.pathSeparator))
                .filter(e -> e.contains("openjfx-monocle")).findFirst().orElseThrow();
        return jar + java.io.File.pathSeparator + monocle;
    }

    private static double startOnce(Path archive) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                AppJvmOptions.argFile(), "-XX:AOTCache=" + archive, "-Xlog:aot=off", "-Xlog:cds=off",
                "-cp", appClassPath(),
                "-Dgendan.startupProbe=true", "-Dgendan.home=" + dir.resolve("home"),
                "-Dgendan.logdir=" + dir.resolve("home/logs"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Duser.language=zh", "-Duser.country=CN",
                "app.gendan.Main", "--db", db.toString())
                .redirectErrorStream(true).start();
        // a start that stops at a dialog (a file from a newer build, say) must fail the run, not hang it
        var watchdog = java.util.concurrent.CompletableFuture.runAsync(p::destroyForcibly,
                java.util.concurrent.CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS));
        String ready = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                all.append(line).append('\n');
                if (line.startsWith("GENDAN_BOARD_READY ")) {
                    ready = line;
                }
            }
        }
        watchdog.cancel(false);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ready).as(all.toString()).isNotNull();
        String[] parts = ready.substring("GENDAN_BOARD_READY ".length()).trim().split(" ");
        peakRss = Math.max(peakRss, Long.parseLong(parts[1]));
        return Double.parseDouble(parts[0]);
    }
}
