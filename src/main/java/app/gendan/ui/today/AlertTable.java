package app.gendan.ui.today;

import app.gendan.domain.OrderAlert;
import app.gendan.ui.AppContext;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The order alerts under the due steps: kind, order, customer, reason, owner, since. Enter opens the order. */
final class AlertTable {
    private final AppContext ctx;
    private final TableView<OrderAlert> table;

    AlertTable(AppContext ctx, ObservableList<OrderAlert> alerts, Consumer<OrderAlert> open) {
        this.ctx = ctx;
        this.table = new TableView<>(alerts);
        table.setId("alertTable");
        table.setPlaceholder(new javafx.scene.control.Label(ctx.text("today.alerts.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("today.alerts.kind", 130, a -> DueTexts.kind(ctx, a.kind())),
                column("today.alerts.order", 130, OrderAlert::orderNo),
                column("today.alerts.customer", 200, OrderAlert::customerName),
                column("today.alerts.reason", 260, a -> DueTexts.reason(ctx, a)),
                column("today.alerts.owner", 110, OrderAlert::ownerName),
                column("today.alerts.since", 120, a -> ctx.formats().date(a.since()))));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            OrderAlert a = table.getSelectionModel().getSelectedItem();
            if (a != null && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.O) && !e.isShortcutDown()) {
                open.accept(a);
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<OrderAlert> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    private TableColumn<OrderAlert, String> column(String key, double width, Function<OrderAlert, String> text) {
        TableColumn<OrderAlert, String> c = new TableColumn<>(ctx.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(p -> new ReadOnlyStringWrapper(text.apply(p.getValue())));
        return c;
    }

    TableView<OrderAlert> node() { return table; }
}
