package app.gendan.service.imports.detect;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year (or years) a sheet's dates fall in as its file says outside the data: the title rows
 * above the header ("2024年3月订单跟踪"), the sheet's name ("2024年1月", "3月") and the file's
 * name ("2024年度销售跟进表", "2023-2024跟进汇总"). A date written without a year ("3月15日",
 * "9/24") takes its year from here rather than from the day the file was saved.
 *
 * @param firstYear the first year named; equal to lastYear unless the source names a range
 * @param month     the month the sheet covers (1–12) when a sheet name or title gives one, else 0
 * @param source    where the year was found, for the user: the title's, sheet's or file's text
 */
public record YearHint(int firstYear, int lastYear, int month, String source) {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    // 2023-2024, 2023～2024, 2023至2024, 2023/24
    private static final Pattern RANGE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:年)?\\s*[-~～至到—–/]\\s*((?:19|20)?\\d{2})(?!\\d)");
    // a month, not a day: "2024年3月" covers March, "更新于2024年6月30日" says nothing of the months before
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])");
    private static final Pattern MONTH_ONLY = Pattern.compile("^\\s*(\\d{1,2})\\s*月(份)?\\s*$");

    public YearHint {
        if (firstYear > lastYear || month < 0 || month > 12) {
            throw new IllegalArgumentException(firstYear + "-" + lastYear + "/" + month);
        }
    }

    public boolean singleYear() {
        return firstYear == lastYear;
    }

    /**
     * What the file says about its years: the first of the title rows, the sheet name and the file
     * name that names any wins; a month comes from the sheet name or the title rows.
     *
     * @param titles    texts of the rows above the header, top to bottom
     * @param sheetName the sheet's name (a text file's only sheet is named after the file)
     * @param fileName  the file's name, with or without its extension
     */
    public static Optional<YearHint> find(List<String> titles, String sheetName, String fileName) {
        int month = month(sheetName);
        for (String t : titles) {
            Optional<YearHint> h = of(t, month);
            if (h.isPresent()) {
                return h;
            }
        }
        Optional<YearHint> h = of(sheetName, month);
        if (h.isEmpty()) {
            h = of(withoutExtension(fileName), month);
        }
        return h;
    }

    /** The years one text names, with the month it or the sheet name gives; empty when it names no year. */
    static Optional<YearHint> of(String text, int sheetMonth) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = normal(text);
        TreeSet<Integer> years = new TreeSet<>();
        Matcher r = RANGE.matcher(s);
        while (r.find()) {
            int from = Integer.parseInt(r.group(1));
            int to = Integer.parseInt(r.group(2));
            if (r.group(2).length() == 2) {
                to += from / 100 * 100;
            }
            // "2024-03" is a month, "2024/25" a season: only a following year makes a range
            if (to == from + 1 || r.group(2).length() == 4 && to > from && to - from <= 5) {
                years.add(from);
                years.add(to);
            }
        }
        Matcher y = YEAR.matcher(s);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int month = sheetMonth;
        Matcher ym = YEAR_MONTH.matcher(s);
        if (month == 0 && years.size() == 1 && ym.find()) {
            month = Integer.parseInt(ym.group(2));
        }
        if (month > 12) {
            month = 0;
        }
        return Optional.of(new YearHint(years.first(), years.last(), month, text.strip()));
    }

    /** The month a sheet named "3月", "2024年3月" or "3月份" covers; 0 when its name gives none. */
    static int month(String sheetName) {
        if (sheetName == null) {
            return 0;
        }
        String s = normal(sheetName);
        Matcher m = MONTH_ONLY.matcher(s);
        if (!m.matches()) {
            m = YEAR_MONTH.matcher(s);
            if (!m.find()) {
                return 0;
            }
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? month : 0;
        }
        int month = Integer.parseInt(m.group(1));
        return month >= 1 && month <= 12 ? month : 0;
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static String withoutExtension(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
