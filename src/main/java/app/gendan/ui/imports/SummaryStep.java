package app.gendan.ui.imports;

import app.gendan.service.imports.ImportSummary;
import app.gendan.ui.AppContext;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Step 6: what the import did, the rows it skipped and why, and where to revert it. */
final class SummaryStep implements WizardPage {
    private final AppContext ctx;
    private final ImportWizardModel model;
    private final Label headline = new Label();
    private final CountsGrid counts;
    private final ProblemTable problems;
    private final Label hint = new Label();
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
        root = new VBox(10, headline, counts.root(), problems.table(), hint);
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
        problems.show(s.problems());
    }
}
