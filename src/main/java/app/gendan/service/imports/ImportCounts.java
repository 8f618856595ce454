package app.gendan.service.imports;

/**
 * What an import does (or, in a preview, would do). Rows are data rows read; skipped rows could
 * not be imported (an error, a total row, no customer). "Unchanged" entities matched ones
 * already in the database that the file has nothing new for. {@code pastStepsClosed}: next steps
 * of new follow-ups that were long past when the file was saved, imported as done on their due date
 * (history, not thousands of overdue reminders) unless the request keeps them open.
 */
public record ImportCounts(int rows, int skippedRows,
                           int customersCreated, int customersUpdated, int customersUnchanged,
                           int contactsCreated,
                           int ordersCreated, int ordersUpdated, int ordersUnchanged,
                           int followUpsCreated, int followUpsUnchanged,
                           int usersCreated, int pastStepsClosed) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** True when importing would write nothing: every row is already in the database or skipped. */
    public boolean nothingNew() {
        return customersCreated + customersUpdated + contactsCreated + ordersCreated + ordersUpdated
                + followUpsCreated + usersCreated == 0;
    }
}
