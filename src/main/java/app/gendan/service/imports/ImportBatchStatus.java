package app.gendan.service.imports;

import java.util.Locale;

/** A batch stays committed until it is reverted as a whole. */
public enum ImportBatchStatus {
    COMMITTED, REVERTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportBatchStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
