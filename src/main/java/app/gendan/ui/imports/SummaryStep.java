package app.gendan.ui.imports;

import app.gendan.service.imports.ImportSummary;
import app.gendan.service.imports.plan.PlanFinisher;
import app.gendan.ui.AppContext;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Step 6: what the import did, how many long-past next steps came in as done (or stayed open),
 * the columns kept as extra fields, the rows it skipped and why, and where to revert it.
 */
final class SummaryStep implements WizardPage {
    private final AppContext ctx;
    private final ImportWizardModel model;
    private final Label headline = new Label();
    private final CountsGrid counts;
    private final ProblemTable problems;
    private final Label hint = new Label();
    private final Label pastSteps = new Label();
    private final UnmappedList unmapped;
    private final VBox root;

    SummaryStep(AppContext ctx, ImportWizardModel model) {
        this.ctx = ctx;
        this.model = model;
        headline.setId("summaryHeadline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.getStyleClass().add("title-4");
        counts = new CountsGrid(ctx, "summary");
        problems = new ProblemTable(ctx, "summaryProblems");
        VBox.setVgrow(problems.table(), Priority.ALWAYS);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        pastSteps.setId("summaryPastSteps");
        pastSteps.setWrapText(true);
        pastSteps.setMinHeight(Region.USE_PREF_SIZE);
        pastSteps.managedProperty().bind(pastSteps.visibleProperty());
        unmapped = new UnmappedList(ctx, "summaryUnmapped");
        ScrollPane unmappedScroll = new ScrollPane(unmapped.root());
        unmappedScroll.setFitToWidth(true);
        unmappedScroll.setMaxHeight(130);
        unmappedScroll.visibleProperty().bind(unmapped.root().visibleProperty());
        unmappedScroll.managedProperty().bind(unmappedScroll.visibleProperty());
        root = new VBox(10, headline, counts.root(), pastSteps, unmappedScroll, problems.table(), hint);
        root.getStyleClass().add("wizard-page");
    }

    @Override
    public Node root() { return root; }

    @Override
    public void shown() {
        ImportSummary s = model.summary.get();
        if (s == null) {
            return;
        }
        if (s.nothingNew()) {
            headline.setText(s.alreadyImported() != null
                    ? ctx.text("wizard.summary.alreadyImported", s.fileName(),
                            ctx.formats().dateTime(s.alreadyImported().importedAt()), s.alreadyImported().id())
                    : ctx.text("wizard.summary.nothingNew", s.fileName()));
            hint.setText("");
        } else {
            headline.setText(ctx.text("wizard.summary.done", s.fileName(), s.counts().rows(), s.batchId()));
            hint.setText(ctx.text("wizard.summary.revertHint"));
        }
        counts.show(s.counts());
        // the steps kept open were asked for on the preview page, with the number found then
        boolean open = !s.nothingNew() && model.pastStepsOpen.get() && model.pastSteps.get() > 0;
        boolean closed = !s.nothingNew() && s.counts().pastStepsClosed() > 0;
        pastSteps.setVisible(open || closed);
        pastSteps.setText(open ? ctx.text("wizard.summary.pastStepsOpen", model.pastSteps.get(), PlanFinisher.PAST_STEP_DAYS)
                : closed ? ctx.text("wizard.summary.pastStepsClosed", s.counts().pastStepsClosed(), PlanFinisher.PAST_STEP_DAYS)
                : "");
        unmapped.show(s.nothingNew() ? java.util.List.of() : s.unmappedColumns(), s.sheets().size() > 1);
        problems.show(s.problems());
    }
}
