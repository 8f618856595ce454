package app.gendan.ui.imports;

import app.gendan.service.imports.ImportProblem;
import app.gendan.ui.AppContext;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Every problem of a preview or an import, by sheet, row and column, with its message in the user's language. */
final class ProblemTable {
    private final TableView<ImportProblem> table = new TableView<>();

    ProblemTable(AppContext ctx, String id) {
        table.setId(id);
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(ctx.text("wizard.problems.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportProblem, Integer> row = new TableColumn<>(ctx.text("wizard.problems.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        Columns.fit(row, 60);
        table.getColumns().add(text(ctx.text("wizard.problems.sheet"), 110, ImportProblem::sheet));
        table.getColumns().add(row);
        table.getColumns().add(text(ctx.text("wizard.problems.column"), 120,
                p -> p.column() == null ? ctx.text("wizard.problems.wholeRow") : p.column()));
        table.getColumns().add(text(ctx.text("wizard.problems.severity"), 80,
                p -> ctx.messages().get("imports.severity." + p.severity().name())));
        table.getColumns().add(text(ctx.text("wizard.problems.message"), 400,
                p -> ctx.messages().get(p.messageKey(), p.argArray())));
    }

    private static TableColumn<ImportProblem, String> text(String title, double width, Function<ImportProblem, String> value) {
        TableColumn<ImportProblem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        Columns.fit(c, width);
        return c;
    }

    TableView<ImportProblem> table() { return table; }

    void show(List<ImportProblem> problems) {
        table.getItems().setAll(problems);
    }
}
