package app.gendan.service.imports.map;

import static app.gendan.service.imports.ImportField.*;

import app.gendan.service.imports.ColumnAssignment;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
import java.util.ArrayList;
import java.util.List;

/**
 * What kind of sheet a mapping describes: an order list (a row per order) or a follow-up log (a row
 * per contact with a customer). A log's plain 日期 / Date column is when the contact happened, not an
 * order date: read as an order date, every row of a log would be a new order.
 */
public final class SheetKind {
    /** Confidence of a date column taken for the follow-up's date because the sheet is a log. */
    static final double LOG_DATE = 0.6;

    private SheetKind() {}

    /**
     * A sheet whose rows record contacts: what was said or how (or, in a call log, notes and a next
     * step beside a date), without the products and amounts of an order list.
     */
    public static boolean isFollowUpLog(ColumnMapping m) {
        boolean says = m.has(FOLLOW_UP_SUMMARY) || m.has(FOLLOW_UP_METHOD) || m.has(CUSTOMER_FEEDBACK);
        boolean dated = m.has(FOLLOW_UP_DATE) || m.has(ORDER_DATE) || m.has(CREATED_DATE);
        boolean notes = dated && m.has(NOTES) && (m.has(NEXT_STEP) || m.has(NEXT_STEP_DUE) || m.has(STATUS) || m.has(STAGE));
        return (says || notes) && !m.has(AMOUNT) && !m.has(UNIT_PRICE) && !m.has(QUANTITY) && !m.has(PRODUCT);
    }

    /**
     * In a follow-up log without a follow-up date column, the first order or creation date column
     * guessed from a general header (日期, Date; not one the user chose) becomes the follow-up date.
     */
    static ColumnMapping withLogDates(ColumnMapping m) {
        if (!isFollowUpLog(m) || m.has(FOLLOW_UP_DATE)) {
            return m;
        }
        List<ColumnAssignment> columns = new ArrayList<>(m.columns());
        for (int i = 0; i < columns.size(); i++) {
            ColumnAssignment a = columns.get(i);
            ImportField f = a.field();
            if ((f == ORDER_DATE || f == CREATED_DATE) && a.confidence() < 1.0) {
                columns.set(i, new ColumnAssignment(a.column(), a.header(), FOLLOW_UP_DATE, LOG_DATE));
                return new ColumnMapping(m.signature(), columns);
            }
        }
        return m;
    }
}
