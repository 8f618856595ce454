package app.gendan.service.imports.values;

import app.gendan.service.imports.read.RawCell;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads amounts such as ¥12,800.00, 12800, 1.2万, RMB 5,000, 3,000元, $1,234.56, NT$45,000, USD 1000,
 * (1,200.00) or -300, into a BigDecimal and the currency the cell named.
 */
public final class MoneyParser {
    // longest first, so "nt$" and "hk$" win over "$", "新台币" over "币", and "万元" leaves "万" for the multiplier
    private static final Map<String, String> CURRENCIES = new LinkedHashMap<>();

    static {
        String[][] table = {
            {"nt$", "TWD"}, {"ntd", "TWD"}, {"twd", "TWD"}, {"新台币", "TWD"}, {"新臺幣", "TWD"},
            {"人民币", "CNY"}, {"rmb", "CNY"}, {"cny", "CNY"}, {"¥", "CNY"}, {"元整", "CNY"}, {"元", "CNY"}, {"圆", "CNY"},
            {"hk$", "HKD"}, {"hkd", "HKD"}, {"港币", "HKD"}, {"港元", "HKD"},
            {"us$", "USD"}, {"usd", "USD"}, {"美元", "USD"}, {"美金", "USD"}, {"$", "USD"},
            {"eur", "EUR"}, {"€", "EUR"}, {"欧元", "EUR"},
            {"gbp", "GBP"}, {"£", "GBP"}, {"英镑", "GBP"},
            {"jpy", "JPY"}, {"日元", "JPY"}, {"円", "JPY"},
        };
        for (String[] row : table) {
            CURRENCIES.put(row[0], row[1]);
        }
    }

    private MoneyParser() {}

    public static Parsed<Money> parse(RawCell cell) {
        return switch (cell.kind()) {
            case BLANK -> Parsed.empty();
            case NUMBER -> Parsed.ok(new Money(cell.number(), null));
            case ERROR -> Parsed.fail("imports.problem.cellError", cell.text());
            case DATE, BOOLEAN -> Parsed.fail("imports.problem.badMoney", cell.text());
            default -> parse(cell.text());
        };
    }

    public static Parsed<Money> parse(String raw) {
        if (raw == null) {
            return Parsed.empty();
        }
        if (NumberText.isPlainDecimal(raw)) {
            // "213491.64": nothing to normalise, no currency, no words to drop
            return Parsed.ok(new Money(new BigDecimal(raw), null));
        }
        return parseAnyShape(raw);
    }

    /** {@link #parse(String)} without the fast path for plain decimals. */
    static Parsed<Money> parseAnyShape(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || Placeholders.isPlaceholder(s) || s.equals("面议")) {
            return Parsed.empty();
        }
        s = s.replace("约", "").replace("大约", "").replace("左右", "").replace("整", "");
        String currency = null;
        for (Map.Entry<String, String> c : CURRENCIES.entrySet()) {
            if (s.contains(c.getKey())) {
                currency = c.getValue();
                s = s.replace(c.getKey(), " ");
                break;
            }
        }
        BigDecimal value = NumberText.parse(s.strip());
        if (value == null) {
            return Parsed.fail("imports.problem.badMoney", raw.strip());
        }
        return Parsed.ok(new Money(value, currency));
    }
}
