package app.gendan.service.imports.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One cell as the file holds it. {@code text} is always set (the display text, "" when blank);
 * {@code number} is set for NUMBER cells and {@code dateTime} for DATE cells. Formulas arrive as
 * their cached result. {@code truncated} says the text was cut at {@link #MAX_CHARS}.
 */
public record RawCell(CellKind kind, String text, BigDecimal number, LocalDateTime dateTime, boolean truncated) {
    /** Excel's own limit for one cell; longer text is cut and reported. */
    public static final int MAX_CHARS = 32_767;

    public static final RawCell BLANK = new RawCell(CellKind.BLANK, "", null, null, false);

    public RawCell {
        text = text == null ? "" : text;
    }

    public static RawCell text(String s) {
        if (s == null || s.isEmpty()) {
            return BLANK;
        }
        if (s.length() > MAX_CHARS) {
            return new RawCell(CellKind.TEXT, s.substring(0, MAX_CHARS), null, null, true);
        }
        return new RawCell(CellKind.TEXT, s, null, null, false);
    }

    public static RawCell truncatedText(String s) {
        return new RawCell(CellKind.TEXT, s, null, null, true);
    }

    public static RawCell number(BigDecimal n) {
        return new RawCell(CellKind.NUMBER, plain(n), n, null, false);
    }

    public static RawCell number(double d) {
        return number(BigDecimal.valueOf(d));
    }

    public static RawCell date(LocalDateTime t) {
        String text = t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
        return new RawCell(CellKind.DATE, text, null, t, false);
    }

    public static RawCell bool(boolean b) {
        return new RawCell(CellKind.BOOLEAN, b ? "TRUE" : "FALSE", null, null, false);
    }

    public static RawCell error(String code) {
        return new RawCell(CellKind.ERROR, code, null, null, false);
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || text.isBlank();
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
