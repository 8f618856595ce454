package app.gendan.service.imports.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a text file whose single record grows past a limit (an unclosed quote or junk without
 * line breaks) before it fills memory. The CSV parser buffers ahead, so the count is approximate.
 */
final class RecordSizeGuard extends FilterReader {
    private final long limit;
    private long read;
    private long recordStart;

    RecordSizeGuard(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Called after each complete record. */
    void recordDone() {
        recordStart = read;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read - recordStart > limit) {
            throw new TooLargeException();
        }
    }

    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("record too large");
        }
    }
}
