package app.gendan.domain.merge;

import app.gendan.domain.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Field values in the form a merge compares them: what looks the same to the user is equal. */
final class MergeValues {
    private MergeValues() {}

    /** Null and blank text are the same, and so are texts that differ only in surrounding spaces. */
    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Currency codes are typed in any case and stored upper-case. */
    static String code(String s) {
        String t = text(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    /** 1.50 and 1.5 are one amount. */
    static BigDecimal number(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros();
    }

    /** The forms show and take times to the minute, so seconds a colleague's tool stored are no change. */
    static Instant minute(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MINUTES);
    }

    static LocalTime minute(LocalTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MINUTES);
    }

    static List<Object> lines(List<OrderLine> lines) {
        return lines.stream().map(l -> (Object) tuple(text(l.product()), text(l.model()), text(l.spec()),
                number(l.quantity()), number(l.unitPrice()))).toList();
    }

    /** Several values that make up one field (a list that allows nulls and compares element by element). */
    static List<Object> tuple(Object... values) {
        return Arrays.asList(values);
    }
}
