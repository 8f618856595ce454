package app.gendan.service.backup;

/** Told how far a backup has come, from 0 to 1. */
@FunctionalInterface
public interface BackupProgress {
    BackupProgress NONE = fraction -> { };

    void update(double fraction);
}
