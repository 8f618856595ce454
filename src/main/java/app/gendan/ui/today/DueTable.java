package app.gendan.ui.today;

import app.gendan.domain.DueGroup;
import app.gendan.domain.DueItem;
import app.gendan.service.DueList;
import app.gendan.ui.AppContext;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/**
 * The three groups of due steps in one table: a heading row per group (overdue, due today,
 * next days) with the steps under it, so the arrow keys walk through all of them.
 */
final class DueTable {
    private static final PseudoClass HEADER = PseudoClass.getPseudoClass("group");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final AppContext ctx;
    private final TreeTableView<TodayRow> table = new TreeTableView<>();
    private final TreeItem<TodayRow> root = new TreeItem<>();

    DueTable(AppContext ctx) {
        this.ctx = ctx;
        table.setId("todayTable");
        table.getStyleClass().add("today-table");
        table.setRoot(root);
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("today.col.customer", 220, r -> r.isHeader() ? groupLabel(r) : r.item().customerName()),
                column("today.col.order", 130, r -> r.isHeader() ? "" : DueTexts.order(r.item())),
                column("today.col.action", 240, r -> r.isHeader() ? "" : r.item().step().action()),
                column("today.col.due", 150, r -> r.isHeader() ? "" : DueTexts.due(ctx, r.item().step())),
                column("today.col.owner", 110, r -> r.isHeader() ? "" : r.item().ownerName()),
                column("today.col.daysOverdue", 100, r -> r.isHeader() ? "" : DueTexts.daysOverdue(ctx, r.item()))));
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(TodayRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(HEADER, !empty && row != null && row.isHeader());
                pseudoClassStateChanged(OVERDUE, !empty && row != null && !row.isHeader() && row.group() == DueGroup.OVERDUE);
            }
        });
        show(new DueList(List.of(), List.of(), List.of()));
    }

    private TreeTableColumn<TodayRow, String> column(String key, double width, Function<TodayRow, String> text) {
        TreeTableColumn<TodayRow, String> c = new TreeTableColumn<>(ctx.text(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue().getValue() == null ? ""
                : text.apply(p.getValue().getValue())));
        return c;
    }

    private String groupLabel(TodayRow r) {
        return switch (r.group()) {
            case OVERDUE -> ctx.text("today.group.overdue", r.count());
            case TODAY -> ctx.text("today.group.today", r.count());
            default -> ctx.text("today.group.upcoming", r.count(), TodayViewModel.UPCOMING_DAYS);
        };
    }

    /** Shows new lists, keeping the selected step selected (or the row where it was, when it left). */
    void show(DueList due) {
        DueItem selected = selected();
        int selectedIndex = table.getSelectionModel().getSelectedIndex();
        root.getChildren().setAll(group(DueGroup.OVERDUE, due.overdue()), group(DueGroup.TODAY, due.today()),
                group(DueGroup.UPCOMING, due.upcoming()));
        if (selected != null && select(selected.followUpId())) {
            return;
        }
        if (selectedIndex >= 0) {
            selectItemFrom(Math.min(selectedIndex, table.getExpandedItemCount() - 1));
        }
    }

    private static TreeItem<TodayRow> group(DueGroup g, List<DueItem> items) {
        TreeItem<TodayRow> header = new TreeItem<>(TodayRow.header(g, items.size()));
        header.setExpanded(true);
        items.forEach(i -> header.getChildren().add(new TreeItem<>(TodayRow.of(i))));
        return header;
    }

    boolean select(long followUpId) {
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            TreeItem<TodayRow> t = table.getTreeItem(i);
            if (t != null && t.getValue() != null && !t.getValue().isHeader() && t.getValue().item().followUpId() == followUpId) {
                table.getSelectionModel().clearAndSelect(i);
                table.getFocusModel().focus(i);
                return true;
            }
        }
        return false;
    }

    /** Selects the first step at or after {@code index}, else the last step before it. */
    void selectItemFrom(int index) {
        int n = table.getExpandedItemCount();
        for (int i = Math.max(0, index); i < n; i++) {
            if (isItem(i)) {
                selectRow(i);
                return;
            }
        }
        for (int i = Math.min(index, n - 1); i >= 0; i--) {
            if (isItem(i)) {
                selectRow(i);
                return;
            }
        }
    }

    private void selectRow(int i) {
        table.getSelectionModel().clearAndSelect(i);
        table.getFocusModel().focus(i);
        table.scrollTo(i);
    }

    private boolean isItem(int i) {
        TreeItem<TodayRow> t = table.getTreeItem(i);
        return t != null && t.getValue() != null && !t.getValue().isHeader();
    }

    /** The selected step, or null when nothing or a group heading is selected. */
    DueItem selected() {
        TreeItem<TodayRow> t = table.getSelectionModel().getSelectedItem();
        return t == null || t.getValue() == null ? null : t.getValue().item();
    }

    /** The steps shown in one group, top to bottom. */
    List<DueItem> items(DueGroup g) {
        return root.getChildren().stream().filter(h -> h.getValue().group() == g)
                .flatMap(h -> h.getChildren().stream()).map(t -> t.getValue().item()).toList();
    }

    TreeTableView<TodayRow> node() { return table; }
}
