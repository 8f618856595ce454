package app.gendan.ui;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which screens show a kind of record, so that a change reloads only those: a colleague's new
 * follow-up reloads the board (its cards show next steps), Today and the customer screen, but not
 * the list of imports.
 */
public enum ChangeScope {
    BOARD, TODAY, CUSTOMERS, DATA, REMINDERS;

    /** Every screen: for a change whose kind is not known, or that touches everything (an import, a user's name). */
    public static final Set<ChangeScope> ALL = EnumSet.allOf(ChangeScope.class);

    /** The screens that show records of {@code entity} (the entity names of the change feed). */
    public static Set<ChangeScope> of(String entity) {
        if (entity == null) {
            return ALL;
        }
        return switch (entity) {
            case "order", "followup" -> EnumSet.of(BOARD, TODAY, CUSTOMERS, REMINDERS);
            case "customer", "contact" -> EnumSet.of(BOARD, TODAY, CUSTOMERS);
            case "pipeline", "stage" -> EnumSet.of(BOARD, TODAY);
            // only the Settings page shows them, and it reads them when opened
            case "setting", "import_mapping" -> EnumSet.noneOf(ChangeScope.class);
            default -> ALL; // "import", "user" and anything new
        };
    }
}
