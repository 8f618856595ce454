package app.gendan.service.imports.map;

import static app.gendan.service.imports.ImportField.*;

import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.ValueKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Corrects what a header says by what its column holds: a column of dates never becomes an amount
 * or a phone (a date field the header also hints at takes its place: "Paid On" over dates is when
 * it was paid), and a column of status words is a stage or status column whatever its header.
 * Guesses made from the values rank below the header's own and stay below 1, so the wizard marks
 * them for the user to check.
 */
final class ValueGuesses {
    /** The confidence of a guess the values made; above {@link AutoMapper#MIN_CONFIDENCE}, below a header's exact match. */
    static final double FROM_VALUES = 0.6;

    /** The date a field's column holds when it holds dates: when it was paid, shipped, contacted… */
    private static final Map<ImportField, ImportField> DATE_OF = new EnumMap<>(ImportField.class);

    static {
        DATE_OF.put(RECEIVED_AMOUNT, RECEIVED_DATE);
        DATE_OF.put(AMOUNT, ORDER_DATE);
        DATE_OF.put(ORDER_NUMBER, ORDER_DATE);
        DATE_OF.put(CONTACT_PHONE, FOLLOW_UP_DATE);
        DATE_OF.put(CONTACT_MOBILE, FOLLOW_UP_DATE);
        DATE_OF.put(EMAIL, FOLLOW_UP_DATE);
        DATE_OF.put(WECHAT, FOLLOW_UP_DATE);
        DATE_OF.put(FOLLOW_UP_METHOD, FOLLOW_UP_DATE);
        DATE_OF.put(NEXT_STEP, NEXT_STEP_DUE);
        DATE_OF.put(CARRIER, SHIPPED_DATE);
        DATE_OF.put(TRACKING_NUMBER, SHIPPED_DATE);
    }

    private ValueGuesses() {}

    /** The header's guesses for a column as its values allow them, with the guesses its values make. */
    static List<FieldGuess> correct(List<FieldGuess> fromHeader, ColumnValues values) {
        List<FieldGuess> out = new ArrayList<>();
        for (FieldGuess g : fromHeader) {
            ImportField f = g.field();
            if (values.mostlyDates() && f.kind() != ValueKind.DATE && !holdsAnyText(f)) {
                ImportField date = DATE_OF.get(f);
                if (date != null) {
                    out.add(new FieldGuess(date, Math.min(g.confidence(), FROM_VALUES)));
                }
            } else if (values.mostlyStageWords() && f.kind() != ValueKind.STAGE && !holdsAnyText(f)) {
                continue; // the status words below take its place
            } else {
                out.add(g);
            }
        }
        if (values.mostlyStageWords()) {
            out.add(new FieldGuess(STAGE, FROM_VALUES));
            out.add(new FieldGuess(STATUS, FROM_VALUES - 0.05));
        }
        return out;
    }

    // notes and what was said may be anything, dates and status words too
    private static boolean holdsAnyText(ImportField f) {
        return f == NOTES || f == FOLLOW_UP_SUMMARY || f == CUSTOMER_FEEDBACK || f == LOST_REASON || f == ADDRESS;
    }
}
