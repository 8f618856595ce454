package app.gendan.ui.backup;

import app.gendan.ui.AppContext;
import java.io.File;
import java.nio.file.Files;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * Settings → Backups: the last backup of this database (time, size, file) and where backups
 * go, "Back up now" (in the background, with progress and Cancel), "Restore…" and the folder's
 * "Change…".
 */
public final class BackupSettings {
    private final AppContext ctx;
    private final BackupSettingsModel model;

    public BackupSettings(AppContext ctx) {
        this.ctx = ctx;
        this.model = new BackupSettingsModel(ctx);
    }

    public Node node() {
        Label last = new Label();
        last.setId("backupLast");
        last.setWrapText(true);
        last.textProperty().bind(model.last);

        Button now = new Button(ctx.text("backup.now"));
        now.setId("backupNow");
        now.disableProperty().bind(model.running);
        now.setOnAction(e -> model.backUpNow());
        ProgressBar bar = new ProgressBar();
        bar.setId("backupProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progress);
        bar.visibleProperty().bind(model.running);
        Button cancel = new Button(ctx.text("button.cancel"));
        cancel.setId("backupCancel");
        cancel.visibleProperty().bind(model.running);
        cancel.managedProperty().bind(model.running);
        cancel.setOnAction(e -> model.cancel());
        Button restore = new Button(ctx.text("backup.restore"));
        restore.setId("backupRestore");
        restore.disableProperty().bind(model.running);
        restore.setOnAction(e -> RestoreDialog.show(ctx, model.folder.get(), node(e)));
        HBox buttons = new HBox(8, now, cancel, bar, restore);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("backupStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        model.failed.addListener((o, was, is) -> {
            if (is) {
                status.getStyleClass().add("field-error");
            } else {
                status.getStyleClass().remove("field-error");
            }
        });

        Label folder = new Label();
        folder.setId("backupFolder");
        folder.setWrapText(true);
        folder.textProperty().bind(model.folder.asString(ctx.text("backup.folder", "%s")));
        Button change = new Button(ctx.text("backup.folder.change"));
        change.setId("backupFolderChange");
        change.setOnAction(e -> chooseFolder(change));
        HBox folderRow = new HBox(8, folder, change);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(ctx.text("backup.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        model.refresh();
        VBox box = new VBox(6, last, buttons, status, folderRow, hint);
        box.setId("backupSettings");
        return box;
    }

    private static javafx.stage.Window node(javafx.event.ActionEvent e) {
        return ((Node) e.getSource()).getScene().getWindow();
    }

    private void chooseFolder(Node from) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ctx.text("backup.folder.change"));
        if (Files.isDirectory(model.folder.get())) {
            chooser.setInitialDirectory(model.folder.get().toFile());
        }
        File chosen = chooser.showDialog(from.getScene().getWindow());
        if (chosen != null) {
            model.useFolder(chosen.toPath());
        }
    }
}
