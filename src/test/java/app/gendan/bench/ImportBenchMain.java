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
 * then the timed import into a fresh, already open one (as the wizard finds it), from opening
 * the file to the committed batch; opening and closing the database are not part of it.
 * Prints one line: {@code RESULT millis peakHeapMb rows orders followUps processCpuMillis peakLiveHeapMb peakRssMb}
 * (peak heap: the highest use of the heap pools; live: the highest use right after a collection).
 */
public final class ImportBenchMain {
    private ImportBenchMain() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Path warmFile = Path.of(args[1]);
        Path dbDir = Path.of(args[2]);
        try (Workspace warm = open(dbDir.resolve("warm"))) {
            importInto(warm, warmFile);
        }
        try (Workspace ws = open(dbDir.resolve("timed"))) {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            LiveHeap live = LiveHeap.watch();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            ImportSummary s = importInto(ws, file);
            report(s, start, cpuStart, live);
        }
    }

    private static void report(ImportSummary s, long start, long cpuStart, LiveHeap live) {
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (processCpuNanos() - cpuStart) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "RESULT %.1f %d %d %d %d %.1f %d %d%n", ms, peak / (1024 * 1024), s.counts().rows(),
                s.counts().ordersCreated(), s.counts().followUpsCreated(), cpuMs, live.peakMb(), PeakRss.mb());
    }

    /** CPU time of the whole process: the import's writes run on a thread of their own, and H2 and the GC add theirs. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Workspace open(Path dir) {
        Workspace ws = Workspace.open(dir.resolve("bench.mv.db"), Clock.systemDefaultZone());
        ws.users().register("bench", "基准测试", Role.MANAGER);
        ws.pipelines().ensureDefault(new Messages(Locale.SIMPLIFIED_CHINESE));
        return ws;
    }

    /** What the wizard does: inspect the file, then import it as inspected; returns once the batch is committed. */
    private static ImportSummary importInto(Workspace ws, Path file) {
        return ws.imports().run(ws.imports().inspect(file).request(), (phase, done, total) -> { }, () -> false);
    }
}
