package app.gendan.service.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table as CSV the way Excel reads it: UTF-8 with a byte-order mark (without it,
 * Excel on a Chinese Windows reads UTF-8 as GBK and garbles every name), comma separated,
 * quoted where needed, CRLF line ends. Dates are ISO (2026-11-20, 2026-11-20 14:03), money a
 * plain decimal with two places, and text that looks like a formula gets a leading quote.
 */
final class CsvTableWriter implements TableWriter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CSVPrinter printer;
    private boolean started;
    private boolean closed;

    CsvTableWriter(Path file) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    @Override
    public void startTable(String name, List<String> headers, List<Integer> widths) {
        if (started) {
            throw new IllegalStateException("A CSV file holds one table");
        }
        started = true;
        print(headers);
    }

    @Override
    public void row(List<?> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (Object v : cells) {
            out.add(text(v));
        }
        print(out);
    }

    private void print(List<String> values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object v) {
        return switch (v) {
            case null -> "";
            case String s -> CellText.neutralise(s);
            case LocalDate d -> d.toString();
            case LocalDateTime t -> DATE_TIME.format(t);
            case BigDecimal m -> m.setScale(2, RoundingMode.HALF_UP).toPlainString();
            case Number n -> n.toString();
            default -> throw new IllegalArgumentException("Cannot write " + v.getClass() + " to a cell");
        };
    }

    @Override
    public void finish() throws IOException {
        close();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            printer.close(true);
        }
    }
}
