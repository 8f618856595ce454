package app.gendan.bench;

import app.gendan.domain.Role;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import app.gendan.service.imports.ImportProgress;
import app.gendan.service.imports.ImportSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * One import measured in a JVM of its own (started by {@link ImportBenchmark} with the heap
 * limit under test): a small warm-up import into a scratch database first, as in a running app,
 * then the timed import into a fresh one, from opening the file to the committed batch.
 * Prints one line: {@code RESULT millis peakHeapMb rows orders followUps threadCpuMillis peakLiveHeapMb}
 * (peak heap: the highest use of the heap pools; live: the highest use right after a collection).
 */
public final class ImportBenchMain {
    private ImportBenchMain() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Path warmFile = Path.of(args[1]);
        Path dbDir = Path.of(args[2]);
        importInto(dbDir.resolve("warm"), warmFile);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        LiveHeap live = LiveHeap.watch();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ImportSummary s = importInto(dbDir.resolve("timed"), file);
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "RESULT %.1f %d %d %d %d %.1f %d%n", ms, peak / (1024 * 1024), s.counts().rows(),
                s.counts().ordersCreated(), s.counts().followUpsCreated(), cpuMs, live.peakMb());
    }

    private static ImportSummary importInto(Path dir, Path file) {
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(dir.resolve("bench.mv.db"), Clock.systemDefaultZone())) {
            ws.users().register("bench", "基准测试", Role.MANAGER);
            ws.pipelines().ensureDefault(new Messages(Locale.SIMPLIFIED_CHINESE));
            long t1 = System.nanoTime();
            var r = ws.imports().run(ws.imports().inspect(file).request(), (phase, done, total) -> { }, () -> false);
            if (System.getProperty("bench.verbose") != null) {
                System.out.printf(Locale.ROOT, "setup %.0f ms, import %.0f ms%n", (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
            }
            return r;
        }
    }
}
