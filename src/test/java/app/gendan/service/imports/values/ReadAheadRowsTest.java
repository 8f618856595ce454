package app.gendan.service.imports.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import app.gendan.service.imports.TrackerImport;
import app.gendan.service.imports.Trackers;
import app.gendan.testing.TrackerGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows read ahead on the second thread come out as the cursor gives them; failures and closing reach both sides. */
class ReadAheadRowsTest {
    @TempDir
    Path tmp;

    @Test
    void givesEveryRowInFileOrderWithTheCursorsCounts() throws IOException {
        Path file = TrackerGenerator.csv(tmp.resolve("t.csv"), 3_000, StandardCharsets.UTF_8);
        List<Integer> direct = new ArrayList<>();
        try (TrackerImport imp = TrackerImport.open(file, Trackers.OPTIONS);
             ParsedRowCursor rows = imp.rows(imp.plans().get(0))) {
            rows.forEachRemaining(r -> direct.add(r.rowNumber()));
        }
        List<Integer> ahead = new ArrayList<>();
        try (TrackerImport imp = TrackerImport.open(file, Trackers.OPTIONS);
             ReadAheadRows rows = new ReadAheadRows(imp.rows(imp.plans().get(0)))) {
            rows.forEachRemaining(r -> ahead.add(r.rowNumber()));
            assertThat(rows.cursor().rowsRead()).isEqualTo(3_000);
        }
        assertThat(ahead).hasSize(3_000).isEqualTo(direct);
    }

    @Test
    void closingHalfWayStopsTheReader() throws Exception {
        Path file = TrackerGenerator.csv(tmp.resolve("t.csv"), 20_000, StandardCharsets.UTF_8);
        try (TrackerImport imp = TrackerImport.open(file, Trackers.OPTIONS)) {
            ReadAheadRows rows = new ReadAheadRows(imp.rows(imp.plans().get(0)));
            assertThat(rows.next().rowNumber()).isEqualTo(2);
            rows.close();
        }
        assertThat(readerThreads()).isZero();
    }

    @Test
    void aFailureOfTheReaderIsThrownToTheCaller() throws IOException {
        // a record over the size limit (an unclosed quote running to the end) fails the reader
        // at that row, after the rows before it
        StringBuilder csv = new StringBuilder("客户名称,订单号,金额\n");
        for (int i = 0; i < 600; i++) {
            csv.append("客户").append(i).append(",SO-").append(i).append(",100\n");
        }
        csv.append("客户X,SO-X,\"").append("x, y\n".repeat(1024 * 1024));
        Path file = Files.writeString(tmp.resolve("big-cell.csv"), csv);
        List<Integer> seen = new ArrayList<>();
        try (TrackerImport imp = TrackerImport.open(file, Trackers.OPTIONS);
             ReadAheadRows rows = new ReadAheadRows(imp.rows(imp.plans().get(0)))) {
            assertThatThrownBy(() -> rows.forEachRemaining(r -> seen.add(r.rowNumber())))
                    .isInstanceOf(GendanException.class);
        }
        assertThat(seen).hasSize(600);
        assertThat(readerThreads()).isZero();
    }

    private static long readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("gendan-import-reader") && t.isAlive()).count();
    }
}
