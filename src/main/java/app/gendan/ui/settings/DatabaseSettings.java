package app.gendan.ui.settings;

import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Settings → Database: the file in use, its size, which computer serves it now and its last backup; open a
 * colleague's existing file (an Open dialog: nothing is replaced) or create a new one (never over
 * an existing file). Gendan switches to the chosen file at once, and keeps the current one when the
 * other cannot be opened.
 */
final class DatabaseSettings {
    private final AppContext ctx;
    private final Label path = new Label();
    private final Label size = new Label();
    private final Label server = new Label();
    private final Label lastBackup = new Label();

    DatabaseSettings(AppContext ctx) {
        this.ctx = ctx;
    }

    Node node() {
        path.setId("databasePath");
        path.setWrapText(true);
        size.setId("databaseSize");
        server.setId("databaseServer");
        server.setWrapText(true);
        lastBackup.setId("databaseLastBackup");
        lastBackup.setWrapText(true);
        Button open = new Button(ctx.text("settings.database.open"));
        open.setId("openDatabase");
        open.setOnAction(e -> openExisting());
        Button create = new Button(ctx.text("settings.database.create"));
        create.setId("createDatabase");
        create.setOnAction(e -> createNew());
        Button refresh = new Button(ctx.text("settings.database.refresh"));
        refresh.setId("refreshDatabaseInfo");
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> load());
        load();
        return new VBox(6, new FormGrid()
                .add(ctx.text("settings.database.file"), null, path)
                .add(ctx.text("settings.database.size"), null, size)
                .add(ctx.text("settings.database.server"), null, new HBox(6, server, refresh))
                .add(ctx.text("settings.database.lastBackup"), null, lastBackup).node(),
                new HBox(6, open, create), PipelineEditor.hint(ctx.text("settings.database.hint")));
    }

    /** Path, size, server and last backup, read in the background (the lock file and backups may sit on a slow network drive). */
    void load() {
        path.setText(ctx.workspace().databaseDescription());
        java.nio.file.Path backups = app.gendan.service.LocalSettings.load(ctx.settingsFile()).backups();
        ctx.tasks().run(() -> new Info(ctx.workspace().databaseFile().map(DatabaseSettings::sizeOf).orElse(-1L),
                        ctx.messages().get(ctx.workspace().server().key(), ctx.workspace().server().args()),
                        ctx.workspace().backups().latest(backups)),
                info -> {
                    size.setText(info.bytes() < 0 ? "" : ctx.formats().fileSize(info.bytes()));
                    server.setText(info.server());
                    lastBackup.setText(info.backup().map(b -> ctx.text("settings.database.backup",
                                    ctx.formats().dateTime(b.takenAt()), ctx.formats().fileSize(b.size()),
                                    ctx.text(b.verified() ? "backup.state.verified" : "backup.state.unverified")))
                            .orElseGet(() -> ctx.text("settings.database.noBackup")));
                }, ctx.errors()::show);
    }

    private record Info(long bytes, String server, java.util.Optional<app.gendan.service.backup.BackupInfo> backup) {}

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("settings.database.filter"), "*.mv.db"));
        ctx.workspace().databaseFile().map(Path::getParent).filter(Files::isDirectory)
                .ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return chooser;
    }

    private void openExisting() {
        File file = chooser("settings.database.open").showOpenDialog(window());
        if (file != null) {
            ctx.switchDatabase(file.toPath());
        }
    }

    private void createNew() {
        FileChooser chooser = chooser("settings.database.create");
        chooser.setInitialFileName("gendan.mv.db");
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        Path target = app.gendan.service.Workspace.fileFor(file.toPath());
        if (Files.exists(target)) {
            // a Save dialog may have asked "replace?": Gendan never replaces a database, it opens it
            ctx.errors().info(ctx.text("settings.database.create"), ctx.text("settings.database.exists", target));
            return;
        }
        ctx.switchDatabase(target);
    }

    private javafx.stage.Window window() {
        return path.getScene() == null ? null : path.getScene().getWindow();
    }
}
