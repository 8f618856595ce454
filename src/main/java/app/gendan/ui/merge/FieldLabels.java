package app.gendan.ui.merge;

/**
 * The bundle key of each merged field's label: the form's own label for the field, so the merge
 * speaks of fields the way the form names them. A test checks every field of every draft has one.
 */
public final class FieldLabels {
    private FieldLabels() {}

    /** {@code withLines}: the order has lines in some version, so its amount field is the lines with their total. */
    public static String order(String field, boolean withLines) {
        return field.equals("amount") && withLines ? "order.field.amountAndLines" : "order.field." + field;
    }

    public static String customer(String field) {
        return "customer.field." + field;
    }

    public static String followUp(String field) {
        return switch (field) {
            case "happenedAt" -> "followup.field.when";
            case "resultStatus" -> "followup.field.result";
            default -> "followup.field." + field;
        };
    }
}
