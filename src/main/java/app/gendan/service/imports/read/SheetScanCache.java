package app.gendan.service.imports.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sheet scans of the last few workbooks opened. The wizard opens a workbook to inspect it,
 * again for the preview and again to import it; scanning a 100,000-row sheet for its merged
 * cells and hidden rows takes about as long as reading it, so a scan is reused while the file
 * is the same one: same path, size and modification time (a saved file changes at least the
 * time). Holds only {@link SheetInfo}s, a few kilobytes per workbook.
 */
final class SheetScanCache {
    private static final int WORKBOOKS = 4;

    /** Which file, as it was when scanned. */
    record Key(Path path, long size, long modifiedNanos, Object fileKey) {
        static Optional<Key> of(Path file) {
            try {
                Path abs = file.toAbsolutePath().normalize();
                BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
                return Optional.of(new Key(abs, a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                        a.fileKey()));
            } catch (IOException | SecurityException e) {
                return Optional.empty();
            }
        }
    }

    private static final Map<Key, List<SheetInfo>> SCANS = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<SheetInfo>> eldest) {
            return size() > WORKBOOKS;
        }
    };

    private SheetScanCache() {}

    static synchronized Optional<List<SheetInfo>> get(Key key) {
        return Optional.ofNullable(SCANS.get(key));
    }

    static synchronized void put(Key key, List<SheetInfo> sheets) {
        SCANS.put(key, List.copyOf(sheets));
    }
}
