package app.gendan.service.backup;

/** What a backup in the folder is: a regular one (rotated), or the database a restore replaced (kept). */
public enum BackupKind {
    BACKUP("backup"),
    BEFORE_RESTORE("before-restore");

    private final String code;

    BackupKind(String code) {
        this.code = code;
    }

    public String code() { return code; }

    public static BackupKind of(String code) {
        for (BackupKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        return BACKUP;
    }
}
