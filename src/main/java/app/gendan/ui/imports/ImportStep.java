package app.gendan.ui.imports;

import app.gendan.ui.AppContext;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 5: the import running, with its progress and a button that cancels it (nothing is then written). */
final class ImportStep implements WizardPage {
    private final ImportWizardModel model;
    private final Label title = new Label();
    private final VBox root;

    ImportStep(AppContext ctx, ImportWizardModel model) {
        this.model = model;
        title.setId("importTitle");
        title.getStyleClass().add("title-4");
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(520);
        bar.progressProperty().bind(model.progress);
        Label text = new Label();
        text.setId("importProgressText");
        text.textProperty().bind(model.progressText);
        Label hint = new Label(ctx.text("wizard.importing.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        Button cancel = new Button(ctx.text("wizard.importing.cancel"), new FontIcon("mdi2c-close"));
        cancel.setId("importCancel");
        cancel.disableProperty().bind(model.working.not());
        cancel.setOnAction(e -> model.cancelWork());
        root = new VBox(14, title, bar, text, hint, cancel);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("wizard-page");
        model.inspection.addListener((o, a, i) -> title.setText(i == null ? "" : ctx.text("wizard.importing.title", i.fileName())));
    }

    @Override
    public Node root() { return root; }

    /** Not Cancel: a second Enter after Import must not stop the import. */
    @Override
    public Node focusTarget() { return root; }
}
