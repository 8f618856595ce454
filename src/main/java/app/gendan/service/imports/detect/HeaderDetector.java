package app.gendan.service.imports.detect;

import app.gendan.service.imports.read.CellKind;
import app.gendan.service.imports.read.CellRange;
import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.RawRow;
import app.gendan.service.imports.read.SheetInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Finds the header row among a sheet's first rows. Title rows (one text, often merged across
 * the table), blank rows and notes above the table are passed over; the row whose cells best
 * match known header names wins, else the first row of short, distinct texts that is as wide
 * as the table.
 *
 * <p>Which texts are known header names is the mapping stage's knowledge; it is handed in as
 * {@code headerScore}, so this stage does not depend on the one after it.
 */
public final class HeaderDetector {
    /** How many rows from the top are considered. */
    public static final int SCAN_ROWS = 30;
    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("[-+¥$￥]?[\\d.,/:年月日 -]+[元%]?");

    private HeaderDetector() {}

    /** @param headerScore how well one cell text matches a known header name, 0 to 1 */
    public static Optional<HeaderGuess> detect(List<RawRow> firstRows, SheetInfo sheet,
                                               ToDoubleFunction<String> headerScore) {
        int tableWidth = 0;
        for (RawRow r : firstRows) {
            tableWidth = Math.max(tableWidth, (int) r.nonBlankCount());
        }
        if (tableWidth == 0) {
            return Optional.empty();
        }
        RawRow best = null;
        double bestScore = 0;
        double bestSynonyms = 0;
        int considered = 0;
        for (RawRow r : firstRows) {
            if (r.isBlank()) {
                continue;
            }
            if (++considered > SCAN_ROWS) {
                break;
            }
            if (isTitle(r, sheet, tableWidth)) {
                continue;
            }
            double synonyms = 0;
            int texts = 0;
            Set<String> seen = new HashSet<>();
            int duplicates = 0;
            for (RawCell c : r.cells()) {
                if (c.isBlank()) {
                    continue;
                }
                if (c.kind() == CellKind.TEXT && c.text().strip().length() <= 40 && !looksLikeValue(c.text())) {
                    texts++;
                    synonyms += headerScore.applyAsDouble(c.text());
                }
                if (!seen.add(HeaderText.key(c.text()))) {
                    duplicates++;
                }
            }
            long n = r.nonBlankCount();
            double textRatio = (double) texts / n;
            if (textRatio < 0.6) {
                continue;
            }
            double widthRatio = (double) n / tableWidth;
            double score = synonyms * 2 + texts * 0.25 * widthRatio - duplicates;
            if (score > bestScore + 1e-9) {
                best = r;
                bestScore = score;
                bestSynonyms = synonyms;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < best.width(); i++) {
            headers.add(best.text(i).strip());
        }
        double confidence = Math.min(1.0, bestSynonyms / Math.max(1, best.nonBlankCount()));
        return Optional.of(new HeaderGuess(best.rowNumber(), headers, confidence));
    }

    private static boolean isTitle(RawRow r, SheetInfo sheet, int tableWidth) {
        if (r.nonBlankCount() != 1 || tableWidth <= 1) {
            return false;
        }
        for (int c = 0; c < r.size(); c++) {
            if (!r.cell(c).isBlank()) {
                CellRange merged = sheet.mergedRegionAt(r.rowNumber(), c);
                return merged != null && merged.columnCount() > 1 || tableWidth >= 3;
            }
        }
        return false;
    }

    // Dates, amounts and phone numbers typed as text are data, not headers.
    private static boolean looksLikeValue(String text) {
        String t = text.strip();
        return VALUE.matcher(t).matches();
    }
}
