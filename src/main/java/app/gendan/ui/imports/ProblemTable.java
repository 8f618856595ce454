package app.gendan.ui.imports;

import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.ProblemGroup;
import app.gendan.ui.AppContext;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The problems of a preview or an import, one line per kind of problem and column: where it first
 * occurs (sheet and first rows), how many rows have it, and its message in the user's language. A file
 * with one unknown word on every row shows one line with its count, not a line per row.
 */
final class ProblemTable {
    private final TableView<ProblemGroup> table = new TableView<>();

    ProblemTable(AppContext ctx, String id) {
        table.setId(id);
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(ctx.text("wizard.problems.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text(ctx.text("wizard.problems.sheet"), 110, g -> g.first().get(0).sheet()));
        table.getColumns().add(text(ctx.text("wizard.problems.row"), 110, ProblemTable::rows));
        TableColumn<ProblemGroup, Integer> count = new TableColumn<>(ctx.text("wizard.problems.count"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        Columns.fit(count, 60);
        table.getColumns().add(count);
        table.getColumns().add(text(ctx.text("wizard.problems.column"), 120,
                g -> g.column() == null ? ctx.text("wizard.problems.wholeRow") : g.column()));
        table.getColumns().add(text(ctx.text("wizard.problems.severity"), 80,
                g -> ctx.messages().get("imports.severity." + g.severity().name())));
        table.getColumns().add(text(ctx.text("wizard.problems.message"), 400,
                g -> String.join("  ·  ", g.examples().stream().map(e -> ctx.messages().get(e.messageKey(), e.argArray())).toList())));
    }

    /** The first rows with the problem ("2, 3, 4, 5, 6, …"). */
    static String rows(ProblemGroup g) {
        StringBuilder sb = new StringBuilder();
        for (ImportProblem p : g.first()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(p.row());
        }
        return g.count() > g.first().size() ? sb + ", …" : sb.toString();
    }

    private static TableColumn<ProblemGroup, String> text(String title, double width, Function<ProblemGroup, String> value) {
        TableColumn<ProblemGroup, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        Columns.fit(c, width);
        return c;
    }

    TableView<ProblemGroup> table() { return table; }

    void show(List<ImportProblem> problems) {
        table.getItems().setAll(ProblemGroup.of(problems));
    }
}
