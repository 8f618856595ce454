package app.gendan.ui.imports;

import app.gendan.service.imports.ColumnAssignment;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.Severity;
import app.gendan.service.imports.ValueKind;
import app.gendan.service.imports.values.ParsedRow;
import app.gendan.ui.AppContext;
import atlantafx.base.theme.Styles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The first rows of a sheet as Gendan will read them: one column per mapped field, values in the user's formats. */
final class RowsTable {
    private RowsTable() {}

    static TableView<ParsedRow> of(AppContext ctx, String id, ColumnMapping mapping, List<ParsedRow> rows) {
        CellText cells = new CellText(ctx);
        TableView<ParsedRow> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(ctx.text("wizard.preview.noRows")));
        TableColumn<ParsedRow, Integer> number = new TableColumn<>(ctx.text("wizard.problems.row"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowNumber()));
        Columns.fit(number, 56);
        table.getColumns().add(number);
        TableColumn<ParsedRow, String> state = new TableColumn<>(ctx.text("wizard.preview.rowState"));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(state(ctx, c.getValue())));
        Columns.fit(state, 100);
        table.getColumns().add(state);
        Set<ImportField> fields = new LinkedHashSet<>();
        if (mapping != null) {
            mapping.columns().stream().map(ColumnAssignment::field).filter(f -> f != null).forEach(fields::add);
        }
        for (ImportField f : fields) {
            TableColumn<ParsedRow, String> c = new TableColumn<>(ctx.messages().get(f.messageKey()));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(cells.of(f, d.getValue().values().get(f))));
            Columns.fit(c, f.kind() == ValueKind.TEXT ? 190 : 120);
            table.getColumns().add(c);
        }
        table.getItems().setAll(rows);
        return table;
    }

    private static String state(AppContext ctx, ParsedRow row) {
        if (row.totalRow()) {
            return ctx.text("wizard.preview.rowTotal");
        }
        if (!row.importable()) {
            return ctx.text("wizard.preview.rowSkipped");
        }
        boolean warned = row.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING);
        return warned ? ctx.text("wizard.preview.rowWarning") : ctx.text("wizard.preview.rowOk");
    }
}
