package app.gendan.service.imports.values;

import app.gendan.service.imports.Severity;
import app.gendan.service.imports.detect.YearHint;
import app.gendan.service.imports.read.CellKind;
import app.gendan.service.imports.read.RawCell;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the dates people type into trackers: 2024/6/10, 2024-06-10, 2024.06.10, 2024年6月9日,
 * 20240610, 6月12日 and 6/12 (year taken from the row, the file or its dates, see
 * {@link #withInferredYear}), Excel serial
 * numbers in the 1900 or 1904 system, MM/DD/YYYY or DD/MM/YYYY, "Jun 10, 2024", with an
 * optional time.
 */
public final class DateParser {
    private static final String TIME = "(?:[\\stT]+(\\d{1,2})[:：时点](\\d{1,2})?分?(?:[:：](\\d{1,2})秒?)?(?:\\.\\d+)?\\s*(am|pm)?)?";
    private static final Pattern YMD = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?" + TIME + "$");
    private static final Pattern MD_CN = Pattern.compile("^(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?" + TIME + "$");
    private static final Pattern XY_YEAR = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})" + TIME + "$");
    private static final Pattern XY = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})$");
    private static final Pattern COMPACT = Pattern.compile("^(19|20)(\\d{2})(\\d{2})(\\d{2})$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{1,6}(\\.\\d+)?$");
    private static final Pattern D_MON_Y = Pattern.compile("^(\\d{1,2})[\\s-]+([a-z]{3,9})\\.?[\\s,-]+(\\d{4})" + TIME + "$");
    private static final Pattern MON_D_Y = Pattern.compile("^([a-z]{3,9})\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s-]+(\\d{4})" + TIME + "$");
    static final Pattern WEEKDAY = Pattern.compile("\\s*(\\(.*\\)|(周|星期|礼拜)[一二三四五六日天]|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?)\\s*");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    /** Serial numbers outside 1950–2199 are almost certainly not dates. */
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Texts that are numbers, not dates, when a column's kind is guessed ("3.5" is not 3月5日 there). */
    private static final Pattern NUMBER_TEXT = Pattern.compile("^[+-]?[\\d,]*\\.?\\d+$");
    private static final DateParser SHAPES = new DateParser(LocalDate.of(2000, 1, 1), false, DateOrder.MONTH_FIRST);

    private final LocalDate reference;
    private final boolean date1904;
    private final DateOrder order;
    private final DateHints hints;
    /** Whether the reference is a full date of the same row: then it wins over what the file says. */
    private final boolean rowReference;

    /**
     * @param reference a date near the file's dates, used to pick the year of "6月12日"
     * @param date1904  whether serial numbers count from 1904
     * @param order     how to read dates such as 03/04/2024
     */
    public DateParser(LocalDate reference, boolean date1904, DateOrder order) {
        this(reference, date1904, order, DateHints.NONE, false);
    }

    /**
     * @param reference a date near the file's dates, for a date without a year where the file gives
     *                  no year and its first rows hold no full date
     * @param hints     what the sheet says about its dates (see {@link DateHints})
     */
    public DateParser(LocalDate reference, boolean date1904, DateOrder order, DateHints hints) {
        this(reference, date1904, order, hints, false);
    }

    private DateParser(LocalDate reference, boolean date1904, DateOrder order, DateHints hints, boolean rowReference) {
        this.reference = reference;
        this.date1904 = date1904;
        this.order = order;
        this.hints = hints;
        this.rowReference = rowReference;
    }

    /** The parser for a row that holds a full date: a date without a year in it is taken near that one. */
    public DateParser withReference(LocalDate newReference) {
        return new DateParser(newReference, date1904, order, hints, true);
    }

    /** The parser for one column: its day/month order as the column's own values prove it, else the sheet's. */
    public DateParser forColumn(int column) {
        DateOrder o = hints.orderOf(column, order);
        return o == order ? this : new DateParser(reference, date1904, o, hints, rowReference);
    }

    /**
     * Whether a cell holds a date: a date cell, or text read as one. Numbers and texts that are
     * numbers are not dates here (an Excel serial cannot be told from an amount by its look).
     */
    public static boolean readsAsDate(RawCell cell) {
        if (cell.kind() == CellKind.DATE) {
            return true;
        }
        if (cell.kind() != CellKind.TEXT) {
            return false;
        }
        String t = cell.text().strip();
        if (t.isEmpty() || t.length() > 40 || NUMBER_TEXT.matcher(t).matches()) {
            return false;
        }
        Parsed<LocalDateTime> p = SHAPES.parse(t);
        return p.value() != null && !p.failed();
    }

    public Parsed<LocalDateTime> parse(RawCell cell) {
        return switch (cell.kind()) {
            case BLANK -> Parsed.empty();
            case DATE -> Parsed.ok(cell.dateTime());
            case NUMBER -> fromNumber(cell.number(), cell.text());
            case ERROR -> Parsed.fail("imports.problem.cellError", cell.text());
            default -> parse(cell.text());
        };
    }

    public Parsed<LocalDateTime> parse(String raw) {
        if (raw == null) {
            return Parsed.empty();
        }
        Parsed<LocalDateTime> iso = isoDate(raw);
        return iso != null ? iso : parseAnyShape(raw);
    }

    /** {@link #parse(String)} without the fast path for ISO dates. */
    Parsed<LocalDateTime> parseAnyShape(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (mayNameWeekday(s)) {
            s = WEEKDAY.matcher(s).replaceAll(" ").strip();
        }
        if (s.isEmpty() || Placeholders.isPlaceholder(s)) {
            return Parsed.empty();
        }
        try {
            return parseNormalised(s, raw.strip());
        } catch (DateTimeException | NumberFormatException e) {
            return Parsed.fail("imports.problem.badDate", raw.strip());
        }
    }

    /**
     * "2024-01-02", the shape most files and exports use, read without normalising or regular
     * expressions; null for any other text. The result is what the general path gives: such a
     * text is already normalised, names no weekday and is read by {@link #YMD}.
     */
    private static Parsed<LocalDateTime> isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return Parsed.ok(LocalDate.of(year, month, day).atStartOfDay());
        } catch (DateTimeException e) {
            return Parsed.fail("imports.problem.badDate", s);
        }
    }

    /** The value of the ASCII digits s[from, to); -1 when another character is there. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** False when {@link #WEEKDAY} cannot match: it needs a "(", 周/星期/礼拜 or a Latin day name. */
    static boolean mayNameWeekday(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '周' || c == '星' || c == '礼' || c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    private Parsed<LocalDateTime> parseNormalised(String s, String raw) {
        Matcher m;
        if ((m = COMPACT.matcher(s)).matches()) {
            return Parsed.ok(LocalDate.of(Integer.parseInt(m.group(1) + m.group(2)), num(m, 3), num(m, 4)).atStartOfDay());
        }
        if (SERIAL.matcher(s).matches()) {
            return fromNumber(new BigDecimal(s), raw);
        }
        if ((m = YMD.matcher(s)).matches()) {
            return Parsed.ok(at(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), m, 4));
        }
        if ((m = MD_CN.matcher(s)).matches()) {
            return withInferredYear(num(m, 1), num(m, 2), m, 3, raw);
        }
        if ((m = XY_YEAR.matcher(s)).matches()) {
            return dayMonthYear(num(m, 1), num(m, 2), year(m.group(3)), m, raw);
        }
        if ((m = XY.matcher(s)).matches()) {
            int a = num(m, 1);
            int b = num(m, 2);
            boolean dayFirst = order == DateOrder.DAY_FIRST && b <= 12 || a > 12 && b <= 12;
            return withInferredYear(dayFirst ? b : a, dayFirst ? a : b, m, 99, raw);
        }
        if ((m = D_MON_Y.matcher(s)).matches() && month(m.group(2)) > 0) {
            return Parsed.ok(at(LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1)), m, 4));
        }
        if ((m = MON_D_Y.matcher(s)).matches() && month(m.group(1)) > 0) {
            return Parsed.ok(at(LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2)), m, 4));
        }
        if (s.length() >= 16 && s.charAt(10) == 't') {
            return Parsed.ok(LocalDateTime.parse(s.length() > 19 ? s.substring(0, 19) : s));
        }
        return Parsed.fail("imports.problem.badDate", raw);
    }

    private Parsed<LocalDateTime> dayMonthYear(int a, int b, int year, Matcher m, String raw) {
        boolean ambiguous = a <= 12 && b <= 12 && a != b;
        boolean dayFirst;
        if (a > 12) {
            dayFirst = true;
        } else if (b > 12) {
            dayFirst = false;
        } else {
            dayFirst = order == DateOrder.DAY_FIRST;
        }
        LocalDateTime t = at(dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b), m, 4);
        if (ambiguous && order == DateOrder.UNKNOWN) {
            return Parsed.note(t, Severity.WARNING, "imports.problem.ambiguousDate", raw, t.toLocalDate().toString());
        }
        return Parsed.ok(t);
    }

    /**
     * The year of a date written without one: near a full date of the same row; else in the year
     * the file names (near the middle of the month its sheet covers, so "12月28日" on a January sheet
     * is the December before); else near the middle of the file's full dates; else near the reference.
     */
    private Parsed<LocalDateTime> withInferredYear(int month, int day, Matcher m, int timeGroup, String raw) {
        LocalDate near = rowReference || hints.anchor() == null ? reference : hints.anchor();
        YearHint file = rowReference ? null : hints.year();
        LocalDate best;
        if (file == null) {
            best = nearest(month, day, near.getYear() - 1, near.getYear() + 1, near);
        } else if (file.month() > 0) {
            int year = Math.clamp(near.getYear(), file.firstYear(), file.lastYear());
            LocalDate mid = LocalDate.of(year, file.month(), 15);
            best = nearest(month, day, year - 1, year + 1, mid);
        } else {
            best = nearest(month, day, file.firstYear(), file.lastYear(), near);
        }
        if (best == null) {
            return Parsed.fail("imports.problem.badDate", raw);
        }
        LocalDateTime t = timeGroup < 99 ? at(best, m, timeGroup) : best.atStartOfDay();
        return Parsed.note(t, Severity.INFO, "imports.problem.yearInferred", raw, best.toString());
    }

    /** The date month/day in one of the years from..to that is nearest to {@code near}; null when none exists (2月29日). */
    private static LocalDate nearest(int month, int day, int from, int to, LocalDate near) {
        LocalDate best = null;
        for (int y = from; y <= to; y++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue; // 2月29日 in a non-leap year
            }
            if (best == null || Math.abs(ChronoUnit.DAYS.between(near, candidate))
                    < Math.abs(ChronoUnit.DAYS.between(near, best))) {
                best = candidate;
            }
        }
        return best;
    }

    private Parsed<LocalDateTime> fromNumber(BigDecimal n, String raw) {
        if (n == null) {
            return Parsed.fail("imports.problem.badDate", raw);
        }
        String digits = n.stripTrailingZeros().toPlainString();
        Matcher m = COMPACT.matcher(digits);
        if (m.matches()) {
            try {
                return Parsed.ok(LocalDate.of(Integer.parseInt(m.group(1) + m.group(2)), num(m, 3), num(m, 4)).atStartOfDay());
            } catch (DateTimeException e) {
                return Parsed.fail("imports.problem.badDate", raw);
            }
        }
        double d = n.doubleValue();
        if (!DateUtil.isValidExcelDate(d)) {
            return Parsed.fail("imports.problem.badDate", raw);
        }
        LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
        if (t == null || t.toLocalDate().isBefore(EARLIEST) || t.toLocalDate().isAfter(LATEST)) {
            return Parsed.fail("imports.problem.badDate", raw);
        }
        return Parsed.ok(t);
    }

    private static LocalDateTime at(LocalDate date, Matcher m, int group) {
        if (m.groupCount() < group || m.group(group) == null) {
            return date.atStartOfDay();
        }
        int hour = Integer.parseInt(m.group(group));
        int minute = m.group(group + 1) == null ? 0 : Integer.parseInt(m.group(group + 1));
        int second = m.group(group + 2) == null ? 0 : Integer.parseInt(m.group(group + 2));
        String ampm = m.group(group + 3);
        if ("pm".equals(ampm) && hour < 12) {
            hour += 12;
        } else if ("am".equals(ampm) && hour == 12) {
            hour = 0;
        }
        return date.atTime(LocalTime.of(hour, minute, second));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? (v < 70 ? 2000 + v : 1900 + v) : v;
    }

    private static int month(String name) {
        return name.length() < 3 ? 0 : MONTHS.getOrDefault(name.substring(0, 3), 0);
    }
}
