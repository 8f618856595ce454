package app.gendan.service.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes tables to one file, row by row. Cell values are String, LocalDate, LocalDateTime,
 * BigDecimal (money), Long or Integer (counts), or null for an empty cell. Failures while
 * writing rows surface as UncheckedIOException so rows can be fed from a cursor callback.
 */
interface TableWriter extends Closeable {
    void startTable(String name, List<String> headers, List<Integer> widths);

    void row(List<?> cells);

    /** Completes the file and closes it; a file not finished is incomplete and must be thrown away. */
    void finish() throws IOException;

    /** Releases everything (also after a failure); safe to call after finish. */
    @Override
    void close() throws IOException;
}
