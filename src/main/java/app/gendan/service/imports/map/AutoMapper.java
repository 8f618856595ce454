package app.gendan.service.imports.map;

import app.gendan.service.imports.ColumnAssignment;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.detect.HeaderSignature;
import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.RawRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Maps header texts to Gendan fields. Every column proposes its likely fields; the most
 * confident proposals are taken first and a field taken by one column is not given to
 * another (except fields that join several columns, such as notes). Where the first data rows
 * are given, a column's values overrule a header that names the wrong kind of field.
 */
public final class AutoMapper {
    /** Below this a column is left unmapped for the user to decide. */
    public static final double MIN_CONFIDENCE = 0.45;

    private AutoMapper() {}

    /** The mapping the headers alone suggest (no rows to look at). */
    public static ColumnMapping map(List<String> headers) {
        return map(headers, List.of(), cell -> false);
    }

    /**
     * The mapping the headers suggest, corrected by the values of the first data rows (see
     * {@link ValueGuesses}).
     *
     * @param sample      the first data rows below the header
     * @param readsAsDate whether a cell holds a date; the date reader is a later stage's, so it is handed in
     */
    public static ColumnMapping map(List<String> headers, List<RawRow> sample, Predicate<RawCell> readsAsDate) {
        record Candidate(int column, FieldGuess guess) {}
        List<Candidate> candidates = new ArrayList<>();
        StageWordMapper stages = new StageWordMapper();
        for (int c = 0; c < headers.size(); c++) {
            ColumnValues values = sample.isEmpty() ? ColumnValues.NONE : ColumnValues.of(sample, c, readsAsDate, stages);
            for (FieldGuess g : ValueGuesses.correct(HeaderMatcher.guesses(headers.get(c)), values)) {
                if (g.confidence() >= MIN_CONFIDENCE) {
                    candidates.add(new Candidate(c, g));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate k) -> k.guess().confidence()).reversed()
                .thenComparingInt(Candidate::column));
        ColumnAssignment[] chosen = new ColumnAssignment[headers.size()];
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (Candidate k : candidates) {
            ImportField f = k.guess().field();
            if (chosen[k.column()] != null || taken.contains(f) && !f.allowsManyColumns()) {
                continue;
            }
            chosen[k.column()] = new ColumnAssignment(k.column(), headers.get(k.column()), f, k.guess().confidence());
            taken.add(f);
        }
        List<ColumnAssignment> columns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            columns.add(chosen[c] != null ? chosen[c] : new ColumnAssignment(c, headers.get(c), null, 0));
        }
        return SheetKind.withLogDates(new ColumnMapping(HeaderSignature.of(headers), columns));
    }

    /** How well a header names some field (0 when it names none); used to find the header row. */
    public static double headerScore(String header) {
        List<FieldGuess> g = HeaderMatcher.guesses(header);
        return g.isEmpty() ? 0 : g.get(0).confidence();
    }
}
