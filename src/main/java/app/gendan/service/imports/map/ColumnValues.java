package app.gendan.service.imports.map;

import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.RawRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the first data rows of one column hold, as far as its mapping cares: how many values there
 * are, how many read as dates and how many are status words Gendan knows. A header can mislead
 * ("Paid On" sounds like money); the values it sits over do not.
 */
public record ColumnValues(int nonBlank, int dates, int stageWords, int distinctStageWords) {
    /** Fewer values than this say nothing about a column. */
    static final int ENOUGH = 3;
    /** The share of a column's values that makes it a column of that kind. */
    static final double MOSTLY = 0.6;

    public static final ColumnValues NONE = new ColumnValues(0, 0, 0, 0);

    /**
     * @param readsAsDate whether a cell holds a date (a date cell, or text a date reader accepts;
     *                    plain numbers are not dates here, they are far more often amounts)
     */
    public static ColumnValues of(List<RawRow> sample, int column, Predicate<RawCell> readsAsDate, StageWordMapper stages) {
        int nonBlank = 0;
        int dates = 0;
        int words = 0;
        Set<String> distinct = new HashSet<>();
        for (RawRow r : sample) {
            RawCell cell = r.cell(column);
            if (cell.isBlank()) {
                continue;
            }
            nonBlank++;
            if (readsAsDate.test(cell)) {
                dates++;
            } else if (stages.map(cell.text()).isPresent()) {
                words++;
                distinct.add(StageWordMapper.key(cell.text()));
            }
        }
        return new ColumnValues(nonBlank, dates, words, distinct.size());
    }

    public boolean mostlyDates() {
        return nonBlank >= ENOUGH && dates >= nonBlank * MOSTLY;
    }

    /** Mostly status words, and more than one of them: a column that says the same word on every row may be a label. */
    public boolean mostlyStageWords() {
        return nonBlank >= ENOUGH && stageWords >= nonBlank * MOSTLY && distinctStageWords > 1;
    }
}
