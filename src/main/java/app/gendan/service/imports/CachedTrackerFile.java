package app.gendan.service.imports;

import app.gendan.service.imports.read.RawRow;
import app.gendan.service.imports.read.RowCursor;
import app.gendan.service.imports.read.SheetInfo;
import app.gendan.service.imports.read.TextFormat;
import app.gendan.service.imports.read.TrackerFile;
import app.gendan.service.imports.read.TrackerFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A tracker file seen through a {@link PreviewCache}: a sheet read before comes from memory; any
 * other is read from the file (opened only then) and, once read to its end, kept in the cache.
 */
final class CachedTrackerFile implements TrackerFile {
    private final PreviewCache cache;
    private final Path path;
    private final TrackerFormat format;
    private final boolean date1904;
    private final TextFormat textFormat;
    private final List<SheetInfo> sheets;
    private TrackerFile real;

    /** @param real the file opened, or null when the cache knows its sheets (taken now: a later clear does not change them) */
    CachedTrackerFile(PreviewCache cache, Path path, TrackerFile real) {
        this.cache = cache;
        this.path = path;
        this.real = real;
        this.format = real != null ? real.format() : cache.format();
        this.date1904 = real != null ? real.date1904() : cache.date1904();
        this.textFormat = real != null ? real.textFormat().orElse(null) : cache.textFormat().orElse(null);
        this.sheets = real != null ? real.sheets() : cache.sheets();
    }

    private synchronized TrackerFile real() {
        if (real == null) {
            real = TrackerFile.open(path);
            cache.opened();
        }
        return real;
    }

    @Override
    public Path path() { return path; }

    @Override
    public TrackerFormat format() { return format; }

    @Override
    public List<SheetInfo> sheets() { return sheets; }

    @Override
    public boolean date1904() { return date1904; }

    @Override
    public Optional<TextFormat> textFormat() { return Optional.ofNullable(textFormat); }

    @Override
    public RowCursor rows(SheetInfo sheet) {
        List<RawRow> kept = cache.rows(sheet.index());
        if (kept != null) {
            Iterator<RawRow> it = kept.iterator();
            return new RowCursor() {
                @Override public boolean hasNext() { return it.hasNext(); }
                @Override public RawRow next() { return it.next(); }
                @Override public void close() { }
            };
        }
        return new Recording(real().rows(sheet), sheet.index());
    }

    /** Reads through to the file and keeps what it read, when it reached the end and there is room. */
    private final class Recording implements RowCursor {
        private final RowCursor cursor;
        private final int sheet;
        private List<RawRow> seen = new ArrayList<>();
        private long cells;

        Recording(RowCursor cursor, int sheet) {
            this.cursor = cursor;
            this.sheet = sheet;
        }

        @Override
        public boolean hasNext() {
            boolean more = cursor.hasNext();
            if (!more && seen != null) {
                cache.keep(path, sheet, seen, cells);
                seen = null;
            }
            return more;
        }

        @Override
        public RawRow next() {
            if (!cursor.hasNext()) {
                throw new NoSuchElementException();
            }
            RawRow r = cursor.next();
            if (seen != null) {
                cells += Math.max(1, r.size());
                if ((seen.size() & 1023) == 0 && !cache.room(cells)) {
                    seen = null; // too big to keep: read from the file each time
                } else {
                    seen.add(r);
                }
            }
            return r;
        }

        @Override
        public void close() {
            cursor.close();
        }
    }

    @Override
    public synchronized void close() {
        if (real != null) {
            real.close();
        }
    }
}
