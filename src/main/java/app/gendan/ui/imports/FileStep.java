package app.gendan.ui.imports;

import app.gendan.ui.AppContext;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 1: the tracker file, typed, chosen with Browse… or dropped onto the page. */
final class FileStep implements WizardPage {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final AppContext ctx;
    private final ImportWizardModel model;
    private final TextField path;
    private final VBox root;

    FileStep(AppContext ctx, ImportWizardModel model) {
        this.ctx = ctx;
        this.model = model;
        path = new TextField();
        path.setId("importFile");
        path.setPromptText(ctx.text("wizard.file.prompt"));
        path.textProperty().bindBidirectional(model.file);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button(ctx.text("wizard.file.browse"), new FontIcon("mdi2f-folder-open"));
        browse.setId("importBrowse");
        browse.setOnAction(e -> browse(browse.getScene().getWindow()));
        Label label = new Label(ctx.text("wizard.file.label"));
        label.setLabelFor(path);
        Label hint = new Label(ctx.text("wizard.file.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");

        Label dropText = new Label(ctx.text("wizard.file.drop"), new FontIcon("mdi2f-file-upload-outline"));
        VBox drop = new VBox(dropText);
        drop.setId("importDrop");
        drop.setAlignment(Pos.CENTER);
        drop.getStyleClass().add("import-drop");
        VBox.setVgrow(drop, Priority.ALWAYS);

        root = new VBox(10, label, new HBox(6, path, browse), hint, drop);
        root.getStyleClass().add("wizard-page");
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(e -> drop.pseudoClassStateChanged(DROP_TARGET, false));
        root.setOnDragDropped(this::dropped);
        root.addEventFilter(DragEvent.DRAG_ENTERED, e -> drop.pseudoClassStateChanged(DROP_TARGET, e.getDragboard().hasFiles()));
    }

    @Override
    public Node root() { return root; }

    @Override
    public void shown() {
        path.end();
    }

    @Override
    public Node focusTarget() { return path; }

    private void browse(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("wizard.file.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ctx.text("wizard.file.filter"), "*.xlsx", "*.xlsm", "*.xls", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter(ctx.text("wizard.file.filterAll"), "*.*"));
        Path current = ImportWizardModel.path(model.file.get());
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            model.file.set(chosen.getAbsolutePath());
            model.next();
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !model.isBusy()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        boolean ok = !files.isEmpty() && !model.isBusy();
        if (ok) {
            model.file.set(files.get(0).getAbsolutePath());
            model.next();
        }
        e.setDropCompleted(ok);
        e.consume();
    }
}
