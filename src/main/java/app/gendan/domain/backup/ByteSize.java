package app.gendan.domain.backup;

import java.util.Locale;

/** A file size for people: 0.9 KB, 12.3 MB, 1.2 GB (decimal units, one decimal). */
public final class ByteSize {
    private ByteSize() {}

    public static String text(long bytes) {
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f KB", Math.max(bytes, 0) / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
