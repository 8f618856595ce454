package app.gendan.service.imports.values;

import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.SheetPlan;
import app.gendan.service.imports.detect.HeaderText;
import app.gendan.service.imports.read.CellRange;
import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.RawRow;
import app.gendan.service.imports.read.RowCursor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The data rows of a sheet below its header, parsed one at a time. Blank rows and repeated
 * header rows are skipped; a blank cell inside a vertically merged area takes the area's value
 * (trackers often merge the customer cell over its follow-up rows). Counts and the status
 * words nobody could map are kept as it goes.
 */
public final class ParsedRowCursor implements Iterator<ParsedRow>, AutoCloseable {
    private final RowCursor raw;
    private final SheetPlan plan;
    private final RowParser parser;
    private final Deque<CellRange> pendingMerges;
    private final Map<CellRange, RawCell> mergeValues = new LinkedHashMap<>();
    private final Map<String, Integer> unknownStages = new LinkedHashMap<>();
    private final List<String> headers;
    private final List<String> headerKeys;
    private ParsedRow next;
    private int rows;
    private int importable;
    private final List<Integer> totalsRows = new ArrayList<>();

    public ParsedRowCursor(RowCursor raw, SheetPlan plan, RowParser parser) {
        this.raw = raw;
        this.plan = plan;
        this.parser = parser;
        List<CellRange> vertical = new ArrayList<>();
        for (CellRange r : plan.sheet().mergedRegions()) {
            if (r.lastRow() > r.firstRow() && r.firstRow() > plan.headerRow()) {
                vertical.add(r);
            }
        }
        vertical.sort((a, b) -> Integer.compare(a.firstRow(), b.firstRow()));
        this.pendingMerges = new ArrayDeque<>(vertical);
        this.headers = List.copyOf(plan.headers());
        this.headerKeys = headers.stream().map(HeaderText::key).toList();
    }

    @Override
    public boolean hasNext() {
        while (next == null && raw.hasNext()) {
            RawRow row = raw.next();
            if (row.rowNumber() <= plan.headerRow()) {
                continue;
            }
            row = fillMerged(row);
            if (row.isBlank() || isRepeatedHeader(row)) {
                continue;
            }
            if (RowParser.isTotal(row)) {
                totalsRows.add(row.rowNumber()); // sums of the rows above, not data: reported, not imported
                continue;
            }
            next = parser.parse(row);
            rows++;
            if (next.importable()) {
                importable++;
            }
            for (ImportProblem p : next.problems()) {
                if ("imports.problem.unknownStage".equals(p.messageKey())) {
                    unknownStages.merge(String.valueOf(p.args().get(0)), 1, Integer::sum);
                }
            }
        }
        return next != null;
    }

    @Override
    public ParsedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedRow r = next;
        next = null;
        return r;
    }

    /** Rows that sum up the rows above them (合计, 小计, Total…), by number: not data, told to the user. */
    public List<Integer> totalsRows() {
        return Collections.unmodifiableList(totalsRows);
    }

    /** Data rows read so far (blank and repeated header rows not counted). */
    public int rowsRead() {
        return rows;
    }

    public int importableRows() {
        return importable;
    }

    /** Status words no table entry or override explains, with how often each occurred so far. */
    public Map<String, Integer> unknownStageWords() {
        return Collections.unmodifiableMap(unknownStages);
    }

    private RawRow fillMerged(RawRow row) {
        if (pendingMerges.isEmpty() && mergeValues.isEmpty()) {
            return row;
        }
        while (!pendingMerges.isEmpty() && pendingMerges.peekFirst().firstRow() <= row.rowNumber()) {
            CellRange r = pendingMerges.pollFirst();
            if (r.firstRow() == row.rowNumber()) {
                mergeValues.put(r, row.cell(r.firstColumn()));
            }
        }
        mergeValues.keySet().removeIf(r -> r.lastRow() < row.rowNumber());
        List<RawCell> cells = null;
        for (Map.Entry<CellRange, RawCell> e : mergeValues.entrySet()) {
            CellRange r = e.getKey();
            if (r.firstRow() < row.rowNumber() && row.cell(r.firstColumn()).isBlank()) {
                if (cells == null) {
                    cells = new ArrayList<>(row.cells());
                }
                while (cells.size() <= r.firstColumn()) {
                    cells.add(RawCell.BLANK);
                }
                cells.set(r.firstColumn(), e.getValue());
            }
        }
        return cells == null ? row : new RawRow(row.rowNumber(), cells, row.hidden());
    }

    private boolean isRepeatedHeader(RawRow row) {
        if (row.width() != headerKeys.size()) {
            return false;
        }
        // cell by cell, so a data row is told apart by its first cell; the text equal to the
        // header, and the cheap pre-check, spare the key's regular expressions on every data row
        for (int i = 0; i < row.width(); i++) {
            String text = row.text(i);
            if (text.equals(headers.get(i))) {
                continue;
            }
            String key = headerKeys.get(i);
            if (!HeaderText.mayHaveKey(text, key) || !HeaderText.key(text).equals(key)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        raw.close();
    }
}
