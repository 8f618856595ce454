package app.gendan.ui.imports;

import app.gendan.service.imports.ImportCounts;
import app.gendan.ui.AppContext;
import java.text.NumberFormat;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * What an import does (or would do), as a small table: new, updated and unchanged customers,
 * contacts, orders, follow-ups and users, and the rows read and skipped. Every number label
 * has the id {@code <prefix>-<count>}, e.g. {@code preview-ordersCreated}.
 */
final class CountsGrid {
    private final AppContext ctx;
    private final String prefix;
    private final GridPane grid = new GridPane();
    private final Label rows = new Label();
    private final VBox root;

    CountsGrid(AppContext ctx, String prefix) {
        this.ctx = ctx;
        this.prefix = prefix;
        grid.setHgap(24);
        grid.setVgap(4);
        rows.setId(prefix + "-rows");
        root = new VBox(6, rows, grid);
    }

    Node root() { return root; }

    void show(ImportCounts c) {
        NumberFormat n = NumberFormat.getIntegerInstance(ctx.formats().locale());
        rows.setText(ctx.text("wizard.counts.rows", c.rows(), c.skippedRows()));
        grid.getChildren().clear();
        header(1, ctx.text("wizard.counts.new"));
        header(2, ctx.text("wizard.counts.updated"));
        header(3, ctx.text("wizard.counts.unchanged"));
        line(1, ctx.text("wizard.counts.customers"), n, "customers", c.customersCreated(), c.customersUpdated(), c.customersUnchanged());
        line(2, ctx.text("wizard.counts.contacts"), n, "contacts", c.contactsCreated(), -1, -1);
        line(3, ctx.text("wizard.counts.orders"), n, "orders", c.ordersCreated(), c.ordersUpdated(), c.ordersUnchanged());
        line(4, ctx.text("wizard.counts.followUps"), n, "followUps", c.followUpsCreated(), -1, c.followUpsUnchanged());
        line(5, ctx.text("wizard.counts.users"), n, "users", c.usersCreated(), -1, -1);
    }

    private void header(int column, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        grid.add(l, column, 0);
    }

    private void line(int row, String label, NumberFormat n, String what, int created, int updated, int unchanged) {
        Label name = new Label(label);
        name.getStyleClass().add("text-bold");
        grid.add(name, 0, row);
        grid.add(number(what + "Created", created, n), 1, row);
        grid.add(number(what + "Updated", updated, n), 2, row);
        grid.add(number(what + "Unchanged", unchanged, n), 3, row);
    }

    private Label number(String id, int value, NumberFormat n) {
        Label l = new Label(value < 0 ? "" : n.format(value));
        l.setId(prefix + "-" + id);
        return l;
    }
}
