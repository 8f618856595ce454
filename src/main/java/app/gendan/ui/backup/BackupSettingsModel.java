package app.gendan.ui.backup;

import app.gendan.domain.GendanException;
import app.gendan.domain.backup.ByteSize;
import app.gendan.service.LocalSettings;
import app.gendan.service.backup.BackupInfo;
import app.gendan.service.backup.BackupResult;
import app.gendan.ui.AppContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Backups section's state: the last backup of the open database, the folder, and a backup
 * the user started, running in the background with its progress and a Cancel.
 */
final class BackupSettingsModel {
    final StringProperty last = new SimpleStringProperty("");
    final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    final BooleanProperty running = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty();
    final StringProperty status = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty();

    private final AppContext ctx;
    private AtomicBoolean cancel = new AtomicBoolean();

    BackupSettingsModel(AppContext ctx) {
        this.ctx = ctx;
        folder.set(LocalSettings.load(ctx.settingsFile()).backups());
    }

    /** Looks up the last backup of the open database in the folder. */
    void refresh() {
        Path f = folder.get();
        ctx.tasks().run(() -> ctx.workspace().backups().latest(f), this::showLast, e -> last.set(ctx.errors().text(e)));
    }

    private void showLast(Optional<BackupInfo> latest) {
        last.set(latest.map(b -> ctx.text("backup.last", when(b), ByteSize.text(b.size()),
                        ctx.text(b.verified() ? "backup.state.verified" : "backup.state.unverified"), b.file().getFileName()))
                .orElseGet(() -> ctx.text("backup.none")));
    }

    private String when(BackupInfo b) {
        return ctx.formats().dateTime(b.takenAt());
    }

    /** Backs up now, in the background; progress and the outcome show in the section. */
    void backUpNow() {
        if (running.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        running.set(true);
        failed.set(false);
        progress.set(0);
        status.set(ctx.text("backup.running"));
        Path f = folder.get();
        ctx.tasks().run(() -> ctx.workspace().backups().backup(f, fraction -> Platform.runLater(() -> progress.set(fraction)),
                cancelled::get), this::done, this::failed);
    }

    void cancel() {
        cancel.set(true);
    }

    private void done(BackupResult r) {
        running.set(false);
        progress.set(1);
        status.set(ctx.text("backup.done", r.backup().file().getFileName(), ByteSize.text(r.backup().size())));
        showLast(Optional.of(r.backup()));
    }

    private void failed(Throwable e) {
        running.set(false);
        failed.set(true);
        status.set(e instanceof GendanException g ? ctx.messages().of(g) : ctx.errors().text(e));
    }

    /** Backups go to {@code chosen} from now on (remembered in this computer's settings). */
    void useFolder(Path chosen) {
        try {
            LocalSettings.load(ctx.settingsFile()).withBackupFolder(chosen.toAbsolutePath().toString()).save(ctx.settingsFile());
        } catch (IOException e) {
            ctx.errors().show(e);
            return;
        }
        folder.set(chosen.toAbsolutePath());
        status.set(ctx.text("backup.folder.saved", chosen.toAbsolutePath()));
        failed.set(false);
        refresh();
    }
}
