package app.gendan.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders order numbers from a pattern such as {@code SO-{yyyy}-{seq:000000}}.
 * Date placeholders ({yyyy}, {yy}, {MM}, {dd}) are formatted from the order date; {seq:000…}
 * is a counter zero-padded to the width of the zeros. The counter runs per "scope": the
 * pattern with its date parts filled in, so {yyyy} restarts numbering each year while a
 * pattern without dates numbers forever. Numbers are never reused because the counter only grows.
 */
public final class OrderNumberRule {
    public static final String DEFAULT_PATTERN = "SO-{yyyy}-{seq:000000}";

    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z]+)(?::([0#]+))?}");

    private final String pattern;

    private OrderNumberRule(String pattern) {
        this.pattern = pattern;
    }

    /** Parses a pattern; rejects one without exactly one {seq} or with unknown placeholders. */
    public static OrderNumberRule parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new GendanException("error.orderRule.empty");
        }
        Matcher m = TOKEN.matcher(pattern);
        int seqCount = 0;
        while (m.find()) {
            switch (m.group(1)) {
                case "seq" -> seqCount++;
                case "yyyy", "yy", "MM", "dd" -> { }
                default -> throw new GendanException("error.orderRule.unknownToken", m.group(1));
            }
        }
        if (seqCount != 1) {
            throw new GendanException("error.orderRule.needsSeq", pattern);
        }
        return new OrderNumberRule(pattern);
    }

    public String pattern() { return pattern; }

    /** The counter scope for an order dated {@code date}: the pattern with dates filled in. */
    public String scope(LocalDate date) {
        return fill(date, null);
    }

    public String render(LocalDate date, long seq) {
        return fill(date, seq);
    }

    private String fill(LocalDate date, Long seq) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "seq" -> seq == null ? "{seq}" : pad(seq, m.group(2));
                default -> date.format(DateTimeFormatter.ofPattern(name));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String pad(long seq, String zeros) {
        String digits = Long.toString(seq);
        int width = zeros == null ? 0 : zeros.length();
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
