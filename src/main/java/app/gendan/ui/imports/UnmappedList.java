package app.gendan.ui.imports;

import app.gendan.service.imports.UnmappedColumn;
import app.gendan.service.imports.read.CellRef;
import app.gendan.ui.AppContext;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The columns no Gendan field takes, whose values are kept as extra fields of their records: a
 * title with their number ({@code <prefix>Title}), then one line per column with its sheet,
 * letter, header and first values ({@code <prefix>-0}, …). Hidden when every column is mapped.
 */
final class UnmappedList {
    private final AppContext ctx;
    private final String prefix;
    private final Label title = new Label();
    private final VBox lines = new VBox(2);
    private final VBox root;

    UnmappedList(AppContext ctx, String prefix) {
        this.ctx = ctx;
        this.prefix = prefix;
        title.setId(prefix + "Title");
        title.getStyleClass().add("text-bold");
        root = new VBox(4, title, lines);
        root.managedProperty().bind(root.visibleProperty());
        root.setVisible(false);
    }

    Node root() { return root; }

    void show(List<UnmappedColumn> columns, boolean severalSheets) {
        root.setVisible(!columns.isEmpty());
        title.setText(ctx.text("wizard.unmapped.title", columns.size()));
        lines.getChildren().clear();
        int n = 0;
        for (UnmappedColumn c : columns) {
            String where = severalSheets ? ctx.text("wizard.unmapped.sheetColumn", c.sheet(), CellRef.columnName(c.column()))
                    : CellRef.columnName(c.column());
            Label line = new Label(ctx.text("wizard.unmapped.column", where, c.header() == null ? "" : c.header(), c.values(),
                    String.join(" | ", c.samples())));
            line.setId(prefix + "-" + n++);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            lines.getChildren().add(line);
        }
    }
}
