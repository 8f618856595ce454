package app.gendan.service.imports;

import app.gendan.service.imports.read.FileHash;
import app.gendan.service.imports.read.RawRow;
import app.gendan.service.imports.read.SheetInfo;
import app.gendan.service.imports.read.TextFormat;
import app.gendan.service.imports.read.TrackerFile;
import app.gendan.service.imports.read.TrackerFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the wizard's previews of one file share: the file's hash, its sheets and every raw row of
 * each sheet read to the end, so that the preview after a mapping change re-runs only the
 * parsing and planning, not the reading of the file. Give one to
 * {@link ImportService#preview(ImportRequest, PreviewCache, ImportProgress, java.util.function.BooleanSupplier)}.
 * The rows are dropped when the file changes on disk (size or last-modified time), on
 * {@link #clear}, and never kept beyond {@link #MAX_CELLS} cells (a bigger file is read again
 * each time, as without a cache). Safe to use from several threads.
 */
public final class PreviewCache {
    /** At most this many cells are kept (about 100 bytes each). */
    public static final long MAX_CELLS = 1_500_000;

    private record Stamp(Path path, long size, long modified) {}

    private Stamp stamp;
    private String hash;
    private TrackerFormat format;
    private boolean date1904;
    private TextFormat textFormat;
    private List<SheetInfo> sheets;
    private final Map<Integer, List<RawRow>> rows = new HashMap<>();
    private long cells;
    private int fileReads;

    /** Forgets everything (the wizard closed, or another file was chosen). */
    public synchronized void clear() {
        stamp = null;
        hash = null;
        sheets = null;
        rows.clear();
        cells = 0;
    }

    /** How many times the file itself was opened for reading through this cache. */
    public synchronized int fileReads() {
        return fileReads;
    }

    /** How many rows are kept, all sheets together. */
    public synchronized int rowsKept() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    /** The file's hash, worked out once while the file stays as it is. */
    String hash(Path file) {
        Stamp now = stamp(file);
        synchronized (this) {
            if (now != null && now.equals(stamp) && hash != null) {
                return hash;
            }
        }
        String h = FileHash.of(file);
        synchronized (this) {
            refresh(now);
            if (now != null && now.equals(stamp)) {
                hash = h;
            }
        }
        return h;
    }

    /** The file, its rows from memory where they were read before. Close it when done. */
    TrackerFile open(Path file) {
        Stamp now = stamp(file);
        synchronized (this) {
            refresh(now);
            if (now != null && now.equals(stamp) && sheets != null) {
                return new CachedTrackerFile(this, file, null);
            }
        }
        TrackerFile real = TrackerFile.open(file);
        synchronized (this) {
            fileReads++;
            if (now != null && now.equals(stamp)) {
                format = real.format();
                date1904 = real.date1904();
                textFormat = real.textFormat().orElse(null);
                sheets = List.copyOf(real.sheets());
            }
        }
        return new CachedTrackerFile(this, file, real);
    }

    // a file that changed on disk starts afresh
    private void refresh(Stamp now) {
        if (!Objects.equals(now, stamp)) {
            clear();
            stamp = now;
        }
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(file.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    synchronized TrackerFormat format() { return format; }

    synchronized boolean date1904() { return date1904; }

    synchronized Optional<TextFormat> textFormat() { return Optional.ofNullable(textFormat); }

    synchronized List<SheetInfo> sheets() { return sheets; }

    synchronized List<RawRow> rows(int sheet) {
        return rows.get(sheet);
    }

    /** A sheet read to its end: kept when there is room. */
    synchronized void keep(Path file, int sheet, List<RawRow> all, long cellCount) {
        if (stamp == null || !stamp.path().equals(file.toAbsolutePath().normalize()) || rows.containsKey(sheet)
                || cells + cellCount > MAX_CELLS) {
            return;
        }
        rows.put(sheet, List.copyOf(all));
        cells += cellCount;
    }

    /** Whether a sheet of {@code cellsSoFar} cells could still be kept. */
    synchronized boolean room(long cellsSoFar) {
        return cells + cellsSoFar <= MAX_CELLS;
    }

    synchronized void opened() {
        fileReads++;
    }
}
