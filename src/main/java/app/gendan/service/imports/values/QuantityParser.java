package app.gendan.service.imports.values;

import app.gendan.service.imports.read.RawCell;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads quantities such as 121, 1,000, 50台, 12.5 kg, 2万件; a unit word after the number is ignored. */
public final class QuantityParser {
    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("^([-+−(]?[\\d.,\\s]+[)]?(?:万|千|亿)?)\\s*([\\p{L}]{0,6}\\.?)$");

    private QuantityParser() {}

    public static Parsed<BigDecimal> parse(RawCell cell) {
        return switch (cell.kind()) {
            case BLANK -> Parsed.empty();
            case NUMBER -> check(cell.number(), cell.text());
            case ERROR -> Parsed.fail("imports.problem.cellError", cell.text());
            case DATE, BOOLEAN -> Parsed.fail("imports.problem.badQuantity", cell.text());
            default -> parse(cell.text());
        };
    }

    public static Parsed<BigDecimal> parse(String raw) {
        if (raw == null) {
            return Parsed.empty();
        }
        if (NumberText.isPlainDecimal(raw)) {
            // "121" or "12.5": nothing to normalise, no unit, never negative
            return Parsed.ok(new BigDecimal(raw));
        }
        return parseAnyShape(raw);
    }

    /** {@link #parse(String)} without the fast path for plain decimals. */
    static Parsed<BigDecimal> parseAnyShape(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT).replace("约", "");
        if (s.isEmpty() || Placeholders.isPlaceholder(s)) {
            return Parsed.empty();
        }
        Matcher m = NUMBER_THEN_UNIT.matcher(s);
        BigDecimal value = m.matches() ? NumberText.parse(m.group(1).strip()) : null;
        if (value == null) {
            return Parsed.fail("imports.problem.badQuantity", raw.strip());
        }
        return check(value, raw.strip());
    }

    private static Parsed<BigDecimal> check(BigDecimal value, String raw) {
        if (value.signum() < 0) {
            return Parsed.fail("imports.problem.negativeQuantity", raw);
        }
        return Parsed.ok(value);
    }
}
