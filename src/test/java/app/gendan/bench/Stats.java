package app.gendan.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median and 95th percentile of timings, printed as one JSON line per figure. */
final class Stats {
    private Stats() {}

    static String line(String bench, int n, double[] millis, double targetMs) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        return String.format(Locale.ROOT,
                "{\"bench\":\"%s\",\"n\":%d,\"runs\":%d,\"median_ms\":%.2f,\"p95_ms\":%.2f,\"target_ms\":%.0f,\"cores\":%d}",
                bench, n, millis.length, median, p95, targetMs, Runtime.getRuntime().availableProcessors());
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
