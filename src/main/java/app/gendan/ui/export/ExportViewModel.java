package app.gendan.ui.export;

import app.gendan.domain.GendanException;
import app.gendan.service.export.ExportCancelledException;
import app.gendan.service.export.ExportFormat;
import app.gendan.service.export.ExportKind;
import app.gendan.service.export.ExportResult;
import app.gendan.ui.AppContext;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
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
import javafx.scene.control.ProgressIndicator;

/**
 * What the export dialog shows and does: kind, format and target file kept in step (the
 * format follows the file's extension and the other way round), and one export at a time in
 * the background with progress and cancel. Lives on the FX thread.
 */
final class ExportViewModel {
    private final AppContext ctx;
    private final Path folder;
    final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>(ExportKind.ORDERS);
    final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.XLSX);
    final StringProperty file = new SimpleStringProperty("");
    final StringProperty fileError = new SimpleStringProperty();
    final BooleanProperty running = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty status = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty();
    final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private String suggested;
    private boolean syncing;
    private AtomicBoolean cancelled;

    ExportViewModel(AppContext ctx) {
        this.ctx = ctx;
        Path home = Path.of(System.getProperty("user.home"));
        this.folder = Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home;
        suggested = suggestion();
        file.set(suggested);
        kind.addListener((o, was, now) -> kindChanged(now));
        format.addListener((o, was, now) -> formatChanged(now));
        file.addListener((o, was, now) -> fileTyped(now));
    }

    /** The folder a typed relative name is written to, and where Browse… starts. */
    Path folder() { return folder; }

    private String suggestion() {
        LocalDate today = LocalDate.now(ctx.workspace().clock());
        String name = ctx.text(kind.get().labelKey()) + "-" + today + format.get().extension();
        return folder.resolve(name.replaceAll("[\\\\/:*?\"<>|]", "_")).toString();
    }

    private void kindChanged(ExportKind now) {
        if (!now.supports(format.get())) {
            format.set(ExportFormat.XLSX);
        }
        if (file.get().equals(suggested)) {
            suggested = suggestion();
            file.set(suggested);
        }
    }

    private void formatChanged(ExportFormat now) {
        if (syncing || now == null) {
            return;
        }
        String text = file.get().strip();
        for (ExportFormat f : ExportFormat.values()) {
            if (text.toLowerCase(Locale.ROOT).endsWith(f.extension())) {
                text = text.substring(0, text.length() - f.extension().length());
            }
        }
        boolean wasSuggested = file.get().equals(suggested);
        syncing = true;
        file.set(text.isEmpty() ? "" : text + now.extension());
        syncing = false;
        if (wasSuggested) {
            suggested = file.get();
        }
    }

    private void fileTyped(String now) {
        fileError.set(null);
        if (syncing) {
            return;
        }
        for (ExportFormat f : ExportFormat.values()) {
            if (now.strip().toLowerCase(Locale.ROOT).endsWith(f.extension()) && kind.get().supports(f)) {
                syncing = true;
                format.set(f);
                syncing = false;
            }
        }
    }

    /** The file the export will write: relative names go to the default folder, the chosen format's extension is added when missing. */
    Path target() {
        String text = file.get().strip();
        if (text.isEmpty()) {
            throw new GendanException("export.dialog.fileRequired");
        }
        if (!text.toLowerCase(Locale.ROOT).endsWith(format.get().extension())) {
            text = text + format.get().extension();
        }
        try {
            return folder.resolve(Path.of(text)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new GendanException("export.dialog.badPath", text);
        }
    }

    /** Starts the export in the background; false (with the reason under the file field) when the file name is unusable. */
    boolean start() {
        if (running.get()) {
            return false;
        }
        Path target;
        try {
            target = target();
        } catch (GendanException e) {
            fileError.set(ctx.messages().of(e));
            return false;
        }
        ExportKind what = kind.get();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        failed.set(false);
        written.set(null);
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
        status.set(ctx.text("export.dialog.running", target));
        ctx.tasks().run(
                () -> ctx.workspace().exports().export(what, target, ctx.messages(),
                        (done, total) -> Platform.runLater(() -> showProgress(done, total)), stop::get),
                this::finished,
                this::failed);
        return true;
    }

    private void showProgress(long done, long total) {
        if (running.get() && total > 0) {
            progress.set((double) done / total);
            status.set(ctx.text("export.dialog.progress", done, total));
        }
    }

    private void finished(ExportResult r) {
        running.set(false);
        progress.set(1);
        written.set(r.file());
        status.set(ctx.text("export.done", r.rows(), ctx.text(r.kind().labelKey()), r.file()));
    }

    private void failed(Throwable t) {
        running.set(false);
        progress.set(0);
        failed.set(!(t instanceof ExportCancelledException));
        status.set(ctx.errors().text(t));
    }

    /** Asks the running export to stop; it removes what it wrote so far. */
    void cancel() {
        if (running.get() && cancelled != null) {
            cancelled.set(true);
            status.set(ctx.text("export.dialog.cancelling"));
        }
    }
}
