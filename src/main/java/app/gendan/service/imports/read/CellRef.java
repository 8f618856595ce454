package app.gendan.service.imports.read;

/** An A1-style cell reference: 1-based row (0 when absent) and 0-based column (-1 when absent). */
public record CellRef(int row, int column) {

    static CellRef parse(String ref) {
        int col = 0;
        int i = 0;
        boolean hasCol = false;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            hasCol = true;
            i++;
            if (col > 1_000_000) {
                break;
            }
        }
        int row = 0;
        while (i < ref.length() && Character.isDigit(ref.charAt(i)) && row < 100_000_000) {
            row = row * 10 + (ref.charAt(i) - '0');
            i++;
        }
        return new CellRef(row, hasCol ? col - 1 : -1);
    }

    /** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
    public static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
