package app.gendan.ui.backup;

import app.gendan.domain.backup.ByteSize;
import app.gendan.service.backup.BackupFolder;
import app.gendan.service.backup.BackupInfo;
import app.gendan.service.backup.BackupKind;
import app.gendan.service.backup.RestoreCheck;
import app.gendan.service.backup.RestoreService;
import app.gendan.ui.AppContext;
import app.gendan.ui.Widgets;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Restore…: the backups in the backup folder, newest first (or any other file), checked in the
 * background before anything happens; then a confirmation that says what restoring does, and
 * the application closes the database, restores and reopens it.
 */
final class RestoreDialog {
    private final AppContext ctx;
    private final Path folder;
    private final Stage stage = new Stage();
    private final ListView<BackupInfo> list = new ListView<>();
    private final Label status = new Label();
    private final BooleanProperty checking = new SimpleBooleanProperty();

    private RestoreDialog(AppContext ctx, Path folder, Window owner) {
        this.ctx = ctx;
        this.folder = folder;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(ctx.text("restore.title"));
        Scene scene = new Scene(content());
        scene.getStylesheets().add(Widgets.STYLESHEET);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    static Stage show(AppContext ctx, Path folder, Window owner) {
        RestoreDialog d = new RestoreDialog(ctx, folder, owner);
        d.stage.show();
        d.load();
        return d.stage;
    }

    private VBox content() {
        Label intro = new Label(ctx.text("restore.choose", folder));
        intro.setWrapText(true);
        list.setId("restoreList");
        list.setPrefSize(560, 260);
        list.setPlaceholder(new Label(ctx.text("restore.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : describe(b));
            }
        });
        status.setId("restoreStatus");
        status.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(checking);

        Button browse = new Button(ctx.text("restore.browse"));
        browse.setId("restoreBrowse");
        browse.disableProperty().bind(checking);
        browse.setOnAction(e -> browse());
        Button run = new Button(ctx.text("restore.run"));
        run.setId("restoreRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(checking.or(list.getSelectionModel().selectedItemProperty().isNull()));
        run.setOnAction(e -> check(list.getSelectionModel().getSelectedItem().file()));
        Button close = new Button(ctx.text("button.close"));
        close.setId("restoreClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, browse, gap, spinner, run, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, intro, list, status, buttons);
        root.setId("restoreDialog");
        root.setPadding(new Insets(16));
        return root;
    }

    private String describe(BackupInfo b) {
        String state = !b.readable() ? ctx.text("backup.state.unreadable")
                : ctx.text(b.verified() ? "backup.state.verified" : "backup.state.unverified")
                + (b.kind() == BackupKind.BEFORE_RESTORE ? ", " + ctx.text("backup.state.beforeRestore") : "");
        return ctx.text("restore.item", ctx.formats().dateTime(b.takenAt()), ByteSize.text(b.size()), state,
                b.file().getFileName());
    }

    private void load() {
        ctx.tasks().run(() -> BackupFolder.list(folder), (List<BackupInfo> found) -> {
            list.getItems().setAll(found);
            if (!found.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        }, e -> status.setText(ctx.errors().text(e)));
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("restore.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("restore.filter"), "*.zip", "*.mv.db"));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            check(file.toPath());
        }
    }

    /** Checks the backup in the background; only a backup that passes is offered for the restore. */
    private void check(Path backup) {
        checking.set(true);
        status.getStyleClass().remove("field-error");
        status.setText(ctx.text("restore.checking", backup.getFileName()));
        ctx.tasks().run(() -> new RestoreService(Clock.systemDefaultZone()).check(backup), this::confirm, e -> {
            checking.set(false);
            status.getStyleClass().add("field-error");
            status.setText(ctx.errors().text(e));
        });
    }

    private void confirm(RestoreCheck check) {
        checking.set(false);
        status.setText("");
        Map<String, Long> rows = check.facts().rows();
        String taken = check.takenAt() == null ? ctx.text("backup.takenUnknown")
                : ctx.formats().dateTime(check.takenAt());
        String text = ctx.text("restore.confirm.text", ctx.workspace().databaseDescription(), taken,
                rows.getOrDefault("sales_order", 0L), rows.getOrDefault("follow_up", 0L), rows.getOrDefault("customer", 0L),
                folder);
        Optional<Consumer<RestoreCheck>> restorer = ctx.databaseRestorer();
        if (restorer.isEmpty()) {
            discard(check);
            ctx.errors().info(ctx.text("restore.title"), ctx.text("restore.useCli", check.backup()));
            return;
        }
        boolean ok = ctx.errors().confirm(ctx.text("restore.title"), ctx.text("restore.confirm.header", check.backup().getFileName()),
                text, ctx.text("restore.run"));
        if (!ok) {
            discard(check);
            return;
        }
        stage.close();
        restorer.get().accept(check);
    }

    /** Deletes the unpacked copy of a backup that is not restored after all. */
    private void discard(RestoreCheck check) {
        ctx.tasks().run(() -> {
            check.close();
            return check;
        }, c -> { }, e -> { });
    }
}
