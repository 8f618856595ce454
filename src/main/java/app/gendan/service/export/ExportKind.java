package app.gendan.service.export;

import app.gendan.domain.GendanException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an export writes. REPORTS is the three report tables as sheets of one workbook. */
public enum ExportKind {
    ORDERS("orders"),
    CUSTOMERS("customers"),
    FOLLOW_UPS("followups"),
    FUNNEL("funnel"),
    OVERDUE("overdue"),
    PAYMENTS("payments"),
    REPORTS("reports");

    private final String code;

    ExportKind(String code) {
        this.code = code;
    }

    /** The name used on the command line and in message keys. */
    public String code() { return code; }

    /** The bundle key of the kind's name, also used as its sheet name. */
    public String labelKey() { return "export.kind." + code; }

    /** CSV holds one table per file, so the three-sheet reports workbook is xlsx only. */
    public boolean supports(ExportFormat format) {
        return this != REPORTS || format == ExportFormat.XLSX;
    }

    /** The kind named {@code code} (case and a hyphen in "follow-ups" do not matter). */
    public static ExportKind parse(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new GendanException("export.error.kind", code, codes()));
    }

    /** All codes, comma separated, for messages. */
    public static String codes() {
        return Arrays.stream(values()).map(ExportKind::code).collect(Collectors.joining(", "));
    }
}
