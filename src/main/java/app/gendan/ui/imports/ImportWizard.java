package app.gendan.ui.imports;

import app.gendan.service.imports.ImportSummary;
import app.gendan.ui.AppContext;
import app.gendan.ui.Widgets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The import wizard window: choose file → sheets and header row → mapping → preview → import
 * (progress, cancel) → summary. Back, Next and Cancel drive it from the keyboard too: Enter is
 * Next, Escape cancels the running work or closes the window, Alt+B goes back.
 */
public final class ImportWizard {
    private static final String STYLESHEET = ImportWizard.class.getResource("imports.css").toExternalForm();

    private final AppContext ctx;
    private final ImportWizardModel model;
    private final Stage stage = new Stage();
    private final Map<WizardStep, WizardPage> pages = new EnumMap<>(WizardStep.class);
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Button next = new Button();

    /** @param onImported told on the FX thread after each finished import */
    public ImportWizard(AppContext ctx, Consumer<ImportSummary> onImported) {
        this.ctx = ctx;
        this.model = new ImportWizardModel(ctx, onImported);
        pages.put(WizardStep.FILE, new FileStep(ctx, model));
        pages.put(WizardStep.SHEETS, new SheetsStep(ctx, model));
        pages.put(WizardStep.MAPPING, new MappingStep(ctx, model));
        pages.put(WizardStep.PREVIEW, new PreviewStep(ctx, model));
        pages.put(WizardStep.IMPORTING, new ImportStep(ctx, model));
        pages.put(WizardStep.SUMMARY, new SummaryStep(ctx, model));
        title.setId("wizardTitle");
        title.getStyleClass().add("title-3");
        root.setId("importWizard");
        root.getStyleClass().add("import-wizard");
        root.setTop(title);
        root.setBottom(footer());
        BorderPane.setMargin(title, new Insets(0, 0, 10, 0));
        Scene scene = new Scene(root, 980, 660);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::enterOnCheckBoxGoesOn);
        model.step.addListener((o, a, step) -> showPage(step));
        showPage(WizardStep.FILE);

        scene.getStylesheets().addAll(Widgets.STYLESHEET, STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(ctx.text("wizard.title"));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        // Closing the window stops a running preview or import; an import then writes nothing.
        stage.setOnCloseRequest(e -> model.cancelWork());
        stage.setOnHidden(e -> model.forget());
    }

    public ImportWizardModel model() { return model; }

    public void show() {
        Widgets.owner().ifPresent(owner -> {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        });
        stage.show();
        showPage(model.step.get());
    }

    public void close() {
        model.cancelWork();
        stage.close();
    }

    private void showPage(WizardStep step) {
        WizardPage page = pages.get(step);
        title.setText(ctx.text("wizard.stepOf", step.ordinal() + 1, WizardStep.values().length, ctx.text(step.titleKey())));
        root.setCenter(page.root());
        page.shown();
        // After the key or click that changed the page has been handled, which may move the focus itself
        // (a mnemonic focuses its button). Where Enter should just go on, the focus waits on Next.
        Platform.runLater(() -> {
            if (model.step.get() == step) {
                Node target = page.focusTarget();
                (target != null ? target : next).requestFocus();
            }
        });
    }

    /** Enter on a checkbox goes on, as in any dialog; Space ticks it. */
    private void enterOnCheckBoxGoesOn(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isControlDown() && !e.isShiftDown()
                && root.getScene().getFocusOwner() instanceof CheckBox) {
            e.consume();
            next.fire();
        }
    }

    private VBox footer() {
        Label error = message("wizardError", model.error, "danger");
        Label notice = message("wizardNotice", model.notice, "accent");

        ProgressBar bar = new ProgressBar();
        bar.setId("wizardProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progress);
        Label text = new Label();
        text.setId("wizardProgressText");
        text.textProperty().bind(model.progressText);
        HBox progress = new HBox(8, bar, text);
        progress.setId("wizardBusy");
        progress.setAlignment(Pos.CENTER_LEFT);
        // The import page shows its own, larger progress.
        progress.visibleProperty().bind(model.working.and(model.step.isNotEqualTo(WizardStep.IMPORTING)));
        progress.managedProperty().bind(progress.visibleProperty());

        Button back = new Button(ctx.text("wizard.back"));
        back.setId("wizardBack");
        ButtonBar.setButtonData(back, ButtonBar.ButtonData.BACK_PREVIOUS);
        back.disableProperty().bind(model.canGoBack.not());
        back.visibleProperty().bind(model.step.isNotEqualTo(WizardStep.SUMMARY));
        back.setOnAction(e -> model.back());

        next.setId("wizardNext");
        ButtonBar.setButtonData(next, ButtonBar.ButtonData.NEXT_FORWARD);
        next.setDefaultButton(true);
        next.textProperty().bind(Bindings.createStringBinding(() -> ctx.text(switch (model.step.get()) {
            case MAPPING -> "wizard.toPreview";
            case PREVIEW, IMPORTING -> "wizard.import";
            case SUMMARY -> "wizard.done";
            default -> "wizard.next";
        }), model.step));
        next.disableProperty().bind(model.canGoNext.not());
        next.setOnAction(e -> {
            if (model.step.get() == WizardStep.SUMMARY) {
                stage.close();
            } else {
                model.next();
            }
        });

        Button cancel = new Button();
        cancel.setId("wizardCancel");
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        cancel.setCancelButton(true);
        cancel.textProperty().bind(Bindings.when(model.working)
                .then(ctx.text("wizard.stop")).otherwise(ctx.text("button.cancel")));
        cancel.visibleProperty().bind(model.step.isNotEqualTo(WizardStep.SUMMARY));
        cancel.setOnAction(e -> {
            if (model.working.get()) {
                model.cancelWork();
            } else {
                stage.close();
            }
        });

        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(back, next, cancel);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        VBox footer = new VBox(8, error, notice, progress, buttons);
        footer.setPadding(new Insets(10, 0, 0, 0));
        return footer;
    }

    private static Label message(String id, javafx.beans.property.StringProperty text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
