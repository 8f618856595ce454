package app.gendan.service.imports;

import java.util.Locale;

/**
 * Where an import batch is: written but not yet checked (pending), committed, failed (a crash left
 * part of it, which was removed: the file can be imported again), being reverted, reverted.
 */
public enum ImportBatchStatus {
    PENDING, COMMITTED, FAILED, REVERTING, REVERTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportBatchStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
