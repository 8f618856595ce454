package app.gendan.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import javafx.util.StringConverter;

/** Money, numbers and dates in the user's language. */
public final class UiFormats {
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public UiFormats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }

    public Locale locale() { return locale; }

    public ZoneId zone() { return zone; }

    /** An amount with two decimals and the currency's symbol, e.g. ¥12,345.00 or US$99.00. */
    public String money(BigDecimal amount, String currency) {
        String number = number(amount);
        if (currency == null || currency.isBlank()) {
            return number;
        }
        try {
            return Currency.getInstance(currency).getSymbol(locale) + number;
        } catch (IllegalArgumentException e) {
            return number + " " + currency;
        }
    }

    /** A file's size for people: "850 KB", "12.3 MB", in the user's number format. */
    public String fileSize(long bytes) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return f.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 1024 ? f.format(mb) + " MB" : f.format(mb / 1024.0) + " GB";
    }

    public String number(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount == null ? BigDecimal.ZERO : amount);
    }

    /** Parses a number typed in the user's locale; blank is null; anything unparsable throws. */
    public BigDecimal parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setParseBigDecimal(true);
        String clean = text.trim().replace('\u00a0', ' ').replace(" ", "");
        ParsePosition pos = new ParsePosition(0);
        Number n = f.parse(clean, pos);
        if (n == null || pos.getIndex() != clean.length()) {
            throw new NumberFormatException(text);
        }
        return (BigDecimal) n;
    }

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : dateTime.format(at);
    }

    /** For DatePickers: shows and reads dates in the user's format, and also accepts ISO dates. */
    public StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.trim(), date);
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(s.trim());
                }
            }
        };
    }
}
