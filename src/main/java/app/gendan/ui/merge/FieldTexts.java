package app.gendan.ui.merge;

/** How a form names its fields and shows their values, in the user's language, for the merge of a stale save. */
public interface FieldTexts<D> {
    /** The field's label as the form shows it. */
    String label(String field);

    /** The field's value in {@code draft}, formatted for the user (dates, money in their locale); blank when empty. */
    String value(String field, D draft);
}
