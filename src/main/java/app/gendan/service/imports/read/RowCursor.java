package app.gendan.service.imports.read;

import java.util.Iterator;

/**
 * Rows of one sheet, read one at a time so a 100,000-row sheet never sits in memory. Reading
 * a damaged part of the file throws a {@link app.gendan.domain.GendanException}.
 */
public interface RowCursor extends Iterator<RawRow>, AutoCloseable {
    @Override
    void close();
}
