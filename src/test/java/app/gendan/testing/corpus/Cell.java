package app.gendan.testing.corpus;

/** Workbook cells that are more than a plain string, number or date. */
final class Cell {
    private Cell() {}

    /** A value shown through an Excel number format, as a rep formats a column. */
    record Styled(Object value, String format) {}

    /** A formula; the workbook is evaluated before it is saved so the cached value is there, as Excel leaves it. */
    record Formula(String text) {}

    static Styled fmt(Object value, String format) {
        return new Styled(value, format);
    }

    static Formula formula(String text) {
        return new Formula(text);
    }
}
