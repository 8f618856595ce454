package app.gendan.service.export;

/**
 * Guards against formula injection (OWASP "CSV injection"): text that starts with = + - @, a
 * tab or a carriage return would run as a formula when a spreadsheet opens the file.
 */
final class CellText {
    private CellText() {}

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** For CSV: such text gets a leading single quote, so it shows as text and never runs. */
    static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
