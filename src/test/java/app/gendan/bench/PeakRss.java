package app.gendan.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** This process's peak resident memory (VmHWM) in MB, as Linux counts it; -1 elsewhere. */
final class PeakRss {
    private PeakRss() {}

    static long mb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
