package app.gendan.ui.export;

import app.gendan.service.export.ExportFormat;
import app.gendan.service.export.ExportKind;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.Widgets;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
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
 * Export to .xlsx or .csv: choose what, the format and the file (typed, or picked with
 * Browse…), then Export. The export runs in the background with a progress bar and can be
 * cancelled; closing the window cancels it too. Afterwards the dialog says where the file went.
 */
public final class ExportDialog {
    private final AppContext ctx;
    private final ExportViewModel vm;
    private final Stage stage = new Stage();
    private Path chosenInBrowser; // the file chooser already asked before replacing it

    private ExportDialog(AppContext ctx, Window owner) {
        this.ctx = ctx;
        this.vm = new ExportViewModel(ctx);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(ctx.text("export.dialog.title"));
        Scene scene = new Scene(content());
        scene.getStylesheets().add(Widgets.STYLESHEET);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> vm.cancel());
    }

    /** Opens the dialog over {@code owner} and returns its window. */
    public static Stage show(AppContext ctx, Window owner) {
        ExportDialog dialog = new ExportDialog(ctx, owner);
        dialog.stage.show();
        return dialog.stage;
    }

    private VBox content() {
        ComboBox<ExportKind> kind = Widgets.combo("exportKind", ExportKind.values(), k -> ctx.text(k.labelKey()));
        kind.valueProperty().bindBidirectional(vm.kind);
        kind.setMaxWidth(Double.MAX_VALUE);
        ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(ExportFormat.values()));
        format.setId("exportFormat");
        format.setConverter(Widgets.converter(f -> ctx.text("export.format." + f.name().toLowerCase(java.util.Locale.ROOT))));
        format.valueProperty().bindBidirectional(vm.format);
        format.setMaxWidth(Double.MAX_VALUE);
        format.disableProperty().bind(vm.running.or(vm.kind.isEqualTo(ExportKind.REPORTS)));
        kind.disableProperty().bind(vm.running);

        TextField file = Widgets.text("exportFile", vm.file);
        file.setPrefColumnCount(36);
        file.disableProperty().bind(vm.running);
        Button browse = new Button(ctx.text("export.dialog.browse"));
        browse.setId("exportBrowse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> browse());
        browse.disableProperty().bind(vm.running);
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);

        FormGrid form = new FormGrid()
                .add(ctx.text("export.dialog.kind"), null, kind)
                .add(ctx.text("export.dialog.format"), null, format)
                .add(ctx.text("export.dialog.file"), "file", fileRow);
        javafx.collections.ObservableMap<String, String> errors = FXCollections.observableHashMap();
        vm.fileError.addListener((o, was, now) -> {
            if (now == null) {
                errors.remove("file");
            } else {
                errors.put("file", now);
            }
        });
        form.bindErrors(errors);

        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.progressProperty().bind(vm.progress);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(vm.running.or(vm.written.isNotNull()));
        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.status);
        vm.failed.addListener((o, was, now) -> {
            if (now) {
                status.getStyleClass().add("field-error");
            } else {
                status.getStyleClass().remove("field-error");
            }
        });

        Button run = new Button(ctx.text("export.dialog.run"));
        run.setId("exportRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.running);
        run.setOnAction(e -> {
            if (mayReplace()) {
                vm.start();
            }
        });
        Button cancel = new Button(ctx.text("export.dialog.cancel"));
        cancel.setId("exportCancel");
        cancel.visibleProperty().bind(vm.running);
        cancel.managedProperty().bind(vm.running);
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(ctx.text("button.close"));
        close.setId("exportClose");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, run, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, form.node(), bar, status, buttons);
        root.setId("exportDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        return root;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("export.dialog.title"));
        for (ExportFormat f : ExportFormat.values()) {
            if (vm.kind.get().supports(f)) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        ctx.text("export.format." + f.name().toLowerCase(java.util.Locale.ROOT)), "*" + f.extension()));
            }
        }
        chooser.getExtensionFilters().stream()
                .filter(x -> x.getExtensions().contains("*" + vm.format.get().extension())).findFirst()
                .ifPresent(chooser::setSelectedExtensionFilter);
        Path current;
        try {
            current = vm.target();
        } catch (RuntimeException e) {
            current = vm.folder().resolve("export" + vm.format.get().extension());
        }
        Path dir = current.getParent();
        chooser.setInitialDirectory((dir != null && Files.isDirectory(dir) ? dir : vm.folder()).toFile());
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            vm.file.set(chosen.getAbsolutePath());
            chosenInBrowser = chosen.toPath().toAbsolutePath().normalize();
        }
    }

    /** A typed name of an existing file is replaced only when the user says so. */
    private boolean mayReplace() {
        Path target;
        try {
            target = vm.target();
        } catch (RuntimeException e) {
            return true; // start() shows why the name is unusable
        }
        if (target.equals(chosenInBrowser) || !Files.isRegularFile(target)) {
            return true;
        }
        return ctx.errors().confirm(ctx.text("export.dialog.replace.title"), null,
                ctx.text("export.dialog.replace.text", target), ctx.text("export.dialog.replace.ok"));
    }

    private void close() {
        vm.cancel();
        stage.close();
    }
}
