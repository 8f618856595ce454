package app.gendan.service.imports.read;

import app.gendan.domain.GendanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A .csv/.tsv/.txt tracker: one sheet named after the file. */
final class CsvTrackerFile implements TrackerFile {
    /** A single record beyond this many characters is refused rather than held in memory. */
    static final long MAX_RECORD_CHARS = 4L * 1024 * 1024;

    private final Path path;
    private final TextFormat format;
    private final SheetInfo sheet;

    private CsvTrackerFile(Path path, TextFormat format) {
        this.path = path;
        this.format = format;
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.sheet = new SheetInfo(0, dot > 0 ? name.substring(0, dot) : name, false, 0, List.of(), List.of(), List.of());
    }

    static CsvTrackerFile open(Path path) {
        String name = path.getFileName().toString();
        byte[] sample;
        long size;
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            sample = in.readNBytes(TextFormatDetector.SAMPLE_BYTES);
        } catch (IOException e) {
            throw new GendanException(e, "imports.error.unreadable", name);
        }
        boolean whole = size <= sample.length;
        TextFormat format = TextFormatDetector.detect(sample, whole)
                .orElseThrow(() -> new GendanException("imports.error.notText", name));
        if (whole && TextFormatDetector.decode(sample, TextFormatDetector.bomLength(sample), format.charset()).isBlank()) {
            throw new GendanException("imports.error.empty", name);
        }
        return new CsvTrackerFile(path, format);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public TrackerFormat format() {
        return TrackerFormat.CSV;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(sheet);
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public Optional<TextFormat> textFormat() {
        return Optional.of(format);
    }

    @Override
    public RowCursor rows(SheetInfo ignored) {
        InputStream in = null;
        try {
            in = Files.newInputStream(path);
            byte[] head = in.readNBytes(3);
            int bom = TextFormatDetector.bomLength(head);
            in.close();
            in = Files.newInputStream(path);
            in.skipNBytes(bom);
            Reader reader = new InputStreamReader(in, format.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            RecordSizeGuard guard = new RecordSizeGuard(reader, MAX_RECORD_CHARS);
            CSVFormat csv = CSVFormat.RFC4180.builder()
                    .setDelimiter(format.delimiter())
                    .setIgnoreEmptyLines(false)
                    .setTrailingData(true)
                    .build();
            return new Cursor(new CSVParser(guard, csv), guard);
        } catch (IOException e) {
            closeQuietly(in);
            throw new GendanException(e, "imports.error.unreadable", fileName());
        }
    }

    @Override
    public void close() {
        // every cursor owns and closes its own stream
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing more to do
            }
        }
    }

    private final class Cursor implements RowCursor {
        private final CSVParser parser;
        private final RecordSizeGuard guard;
        private final Iterator<CSVRecord> records;

        Cursor(CSVParser parser, RecordSizeGuard guard) {
            this.parser = parser;
            this.guard = guard;
            this.records = parser.iterator();
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (UncheckedIOException | IllegalStateException e) {
                close();
                throw failure(e);
            }
        }

        @Override
        public RawRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord record = records.next();
            guard.recordDone();
            List<RawCell> cells = new ArrayList<>(record.size());
            for (String value : record) {
                cells.add(RawCell.text(value));
            }
            return new RawRow((int) record.getRecordNumber(), cells, false);
        }

        private GendanException failure(RuntimeException e) {
            int row = (int) parser.getRecordNumber() + 1;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RecordSizeGuard.TooLargeException) {
                    return new GendanException(e, "imports.error.recordTooLarge", fileName(), row);
                }
            }
            return new GendanException(e, "imports.error.csvSyntax", fileName(), row);
        }

        @Override
        public void close() {
            closeQuietly(parser);
        }
    }
}
