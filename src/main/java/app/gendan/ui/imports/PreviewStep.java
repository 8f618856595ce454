package app.gendan.ui.imports;

import app.gendan.service.imports.ImportBatchInfo;
import app.gendan.service.imports.ImportPreview;
import app.gendan.service.imports.SheetPreview;
import app.gendan.service.imports.plan.PlanFinisher;
import app.gendan.ui.AppContext;
import app.gendan.ui.Widgets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Step 4: what importing would do (counts), how many next steps long past when the file was
 * saved come in as done with a box that keeps them open ({@code keepPastStepsOpen}: ticking it
 * previews again), the columns kept as extra fields with their first values, the status words nobody could map with a combo of
 * stages for each ({@code stageWord-0}, …: changing one previews again), every problem by row
 * and column, and the first rows of each sheet as Gendan reads them.
 */
final class PreviewStep implements WizardPage {
    private final AppContext ctx;
    private final ImportWizardModel model;
    private final CountsGrid counts;
    private final Label already = new Label();
    private final VBox stageWords = new VBox(6);
    private final FlowPane wordList = new FlowPane(18, 6);
    private final ProblemTable problems;
    private final Tab problemsTab;
    private final TabPane tabs = new TabPane();
    private final Map<ComboBox<StageChoice>, StageWordRow> combos = new HashMap<>();
    private List<StageWordRow> shownWords = List.of();
    private final Label pastSteps = new Label();
    private final CheckBox keepOpen = new CheckBox();
    private final VBox pastBox;
    private final UnmappedList unmapped;
    private final VBox root;

    PreviewStep(AppContext ctx, ImportWizardModel model) {
        this.ctx = ctx;
        this.model = model;
        counts = new CountsGrid(ctx, "preview");
        already.setId("previewAlready");
        already.setWrapText(true);
        already.getStyleClass().add("warning");
        already.managedProperty().bind(already.visibleProperty());
        Label wordsTitle = new Label(ctx.text("wizard.stageWords.title"));
        wordsTitle.getStyleClass().add("text-bold");
        Label wordsHint = new Label(ctx.text("wizard.stageWords.hint"));
        wordsHint.getStyleClass().add("text-muted");
        wordsHint.setWrapText(true);
        wordsHint.setMinHeight(Region.USE_PREF_SIZE);
        stageWords.getChildren().addAll(wordsTitle, wordsHint, wordList);
        stageWords.managedProperty().bind(stageWords.visibleProperty());
        problems = new ProblemTable(ctx, "previewProblems");
        problemsTab = new Tab("", problems.table());
        problemsTab.setId("tab-problems");
        tabs.setId("previewTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        pastSteps.setId("previewPastSteps");
        pastSteps.setWrapText(true);
        pastSteps.setMinHeight(Region.USE_PREF_SIZE);
        keepOpen.setId("keepPastStepsOpen");
        keepOpen.setText(ctx.text("wizard.pastSteps.keepOpen"));
        keepOpen.selectedProperty().bindBidirectional(model.pastStepsOpen);
        keepOpen.disableProperty().bind(model.busy);
        pastBox = new VBox(4, pastSteps, keepOpen);
        pastBox.managedProperty().bind(pastBox.visibleProperty());
        unmapped = new UnmappedList(ctx, "previewUnmapped");
        ScrollPane unmappedScroll = new ScrollPane(unmapped.root());
        unmappedScroll.setFitToWidth(true);
        unmappedScroll.setMaxHeight(130);
        unmappedScroll.visibleProperty().bind(unmapped.root().visibleProperty());
        unmappedScroll.managedProperty().bind(unmappedScroll.visibleProperty());
        root = new VBox(10, counts.root(), already, pastBox, unmappedScroll, stageWords, tabs);
        root.getStyleClass().add("wizard-page");
        model.preview.addListener((o, a, p) -> {
            if (p != null && model.step.get() == WizardStep.PREVIEW) {
                show(p);
            }
        });
    }

    @Override
    public Node root() { return root; }

    @Override
    public void shown() {
        if (model.preview.get() != null) {
            show(model.preview.get());
        }
    }

    private void show(ImportPreview p) {
        counts.show(p.counts());
        ImportBatchInfo before = p.alreadyImported();
        already.setVisible(before != null);
        already.setText(before == null ? "" : ctx.text("wizard.preview.already", before.fileName(),
                ctx.formats().dateTime(before.importedAt()), before.id()));
        showPastSteps(p);
        unmapped.show(p.unmappedColumns(), model.chosen().size() > 1);
        showStageWords();
        problems.show(p.problems());
        problemsTab.setText(ctx.text("wizard.preview.problems", p.problems().size()));
        int selected = tabs.getSelectionModel().getSelectedIndex();
        tabs.getTabs().setAll(problemsTab);
        for (SheetRow row : model.chosen()) {
            p.sheets().stream().filter(s -> s.sheet().equals(row.name())).findFirst()
                    .ifPresent(s -> tabs.getTabs().add(rowsTab(row, s)));
        }
        tabs.getSelectionModel().select(Math.max(0, Math.min(selected, tabs.getTabs().size() - 1)));
    }

    /**
     * How many next steps were long past when the file was last saved and come in as done, with
     * the box that keeps them open instead; shown while there are any, ticked or not.
     */
    private void showPastSteps(ImportPreview p) {
        int n = model.pastStepsOpen.get() ? model.pastSteps.get() : p.counts().pastStepsClosed();
        pastBox.setVisible(n > 0);
        pastSteps.setText(ctx.text(model.pastStepsOpen.get() ? "wizard.pastSteps.open" : "wizard.pastSteps.closed",
                n, PlanFinisher.PAST_STEP_DAYS));
    }

    private Tab rowsTab(SheetRow row, SheetPreview s) {
        int i = row.offer.sheet().index();
        Tab tab = new Tab(ctx.text("wizard.preview.rows", s.sheet(), s.rowsRead()),
                RowsTable.of(ctx, "previewRows-" + i, row.mapping.get(), s.firstRows()));
        tab.setId("tab-rows-" + i);
        return tab;
    }

    private void showStageWords() {
        stageWords.setVisible(!model.stageWords.isEmpty());
        if (shownWords.equals(model.stageWords)) {
            return; // same words: keep the combos, and the focus of the one just changed
        }
        shownWords = List.copyOf(model.stageWords);
        combos.forEach((combo, w) -> combo.valueProperty().unbindBidirectional(w.choice));
        combos.clear();
        wordList.getChildren().clear();
        int n = 0;
        for (StageWordRow w : shownWords) {
            ComboBox<StageChoice> combo = new ComboBox<>(model.stageChoices);
            combo.setId("stageWord-" + n++);
            combo.setConverter(Widgets.converter(StageChoice::label));
            combo.valueProperty().bindBidirectional(w.choice);
            combos.put(combo, w);
            Label word = new Label(ctx.text("wizard.stageWords.word", w.word, w.rows));
            word.setLabelFor(combo);
            HBox line = new HBox(8, word, combo);
            line.setAlignment(Pos.CENTER_LEFT);
            wordList.getChildren().add(line);
        }
    }
}
