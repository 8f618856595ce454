package app.gendan.ui.imports;

import app.gendan.service.imports.ImportBatchInfo;
import app.gendan.service.imports.ImportBatchStatus;
import app.gendan.service.imports.ImportSummary;
import app.gendan.ui.AppContext;
import app.gendan.ui.UiActions;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Data page: "Import a tracker…" opens the wizard; below, every import with its file, time,
 * rows and what it created or updated, and Revert to undo the selected one as a whole.
 */
public final class DataView {
    private static final String STYLESHEET = DataView.class.getResource("imports.css").toExternalForm();

    private final AppContext ctx;
    private final UiActions actions;
    private final DataViewModel vm;
    private final TableView<ImportBatchInfo> table = new TableView<>();
    private final VBox root;

    public DataView(AppContext ctx, UiActions actions) {
        this.ctx = ctx;
        this.actions = actions;
        this.vm = new DataViewModel(ctx);
        Button importButton = new Button(ctx.text("data.import"), new FontIcon("mdi2d-database-import"));
        importButton.setId("importTracker");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> openWizard());
        Button revert = new Button(ctx.text("data.revert"), new FontIcon("mdi2u-undo-variant"));
        revert.setId("revertBatch");
        revert.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ImportBatchInfo b = table.getSelectionModel().getSelectedItem();
            return vm.reverting.get() || b == null || !b.revertible();
        }, table.getSelectionModel().selectedItemProperty(), vm.reverting));
        revert.setOnAction(e -> revertSelected());
        Button refresh = new Button(null, new FontIcon("mdi2r-refresh"));
        refresh.setId("refreshBatches");
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> vm.load());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button export = new Button(ctx.text("data.export"), new FontIcon("mdi2f-file-export"));
        export.setId("exportData");
        export.setOnAction(e -> app.gendan.ui.export.ExportDialog.show(ctx, export.getScene().getWindow()));
        HBox toolbar = new HBox(8, importButton, revert, export, grow, refresh);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("dataMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        message.visibleProperty().bind(vm.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.failed.addListener((o, a, failed) -> message.getStyleClass().setAll("label", failed ? "danger" : "success"));
        message.getStyleClass().add("success");

        Label title = new Label(ctx.text("data.batches"));
        title.getStyleClass().add("title-4");
        table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, toolbar, message, title, table);
        root.getStyleClass().add("data-page");
        root.getStylesheets().add(STYLESHEET);
        vm.load();
    }

    public Parent root() { return root; }

    public DataViewModel viewModel() { return vm; }

    /** Opens the import wizard; the list and the other screens reload after each import. */
    public ImportWizard openWizard() {
        ImportWizard wizard = new ImportWizard(ctx, this::imported);
        wizard.show();
        return wizard;
    }

    public void refresh() { vm.load(); }

    private void imported(ImportSummary s) {
        vm.tell(s.nothingNew() ? ctx.text("wizard.summary.nothingNew", s.fileName())
                : ctx.text("data.import.done", s.fileName(), s.counts().rows(), s.batchId()), false);
        actions.dataChanged("import"); // every screen, this list included
    }

    private void revertSelected() {
        ImportBatchInfo b = table.getSelectionModel().getSelectedItem();
        if (b == null || !b.revertible()) {
            return;
        }
        boolean ok = ctx.errors().confirm(ctx.text("data.revert.title"),
                ctx.text("data.revert.header", b.id(), b.fileName()),
                ctx.text("data.revert.text", b.customersCreated(), b.ordersCreated(), b.followUpsCreated(),
                        b.customersUpdated() + b.ordersUpdated()),
                ctx.text("data.revert"));
        if (ok) {
            vm.revert(b, () -> actions.dataChanged("import"));
        }
    }

    private void table() {
        table.setId("batchTable");
        table.setItems(vm.batches);
        table.setPlaceholder(new Label(ctx.text("data.none")));
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportBatchInfo, Void> customers = new TableColumn<>(ctx.text("data.column.customers"));
        customers.getColumns().setAll(List.<TableColumn<ImportBatchInfo, ?>>of(
                number("data.column.new", 70, ImportBatchInfo::customersCreated),
                number("data.column.updated", 80, ImportBatchInfo::customersUpdated)));
        TableColumn<ImportBatchInfo, Void> orders = new TableColumn<>(ctx.text("data.column.orders"));
        orders.getColumns().setAll(List.<TableColumn<ImportBatchInfo, ?>>of(
                number("data.column.new", 70, ImportBatchInfo::ordersCreated),
                number("data.column.updated", 80, ImportBatchInfo::ordersUpdated)));
        table.getColumns().setAll(List.<TableColumn<ImportBatchInfo, ?>>of(
                number("data.column.id", 48, b -> (int) b.id()),
                text("data.column.file", 180, ImportBatchInfo::fileName),
                text("data.column.time", 190, b -> ctx.formats().dateTime(b.importedAt())),
                text("data.column.status", 250, this::status),
                text("data.column.by", 80, ImportBatchInfo::importedBy),
                number("data.column.rows", 64, ImportBatchInfo::rows),
                customers,
                orders,
                number("data.column.followUps", 90, ImportBatchInfo::followUpsCreated),
                number("data.column.skipped", 80, ImportBatchInfo::skipped),
                text("data.column.sheets", 110, b -> String.join(", ", b.sheets()))));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                revertSelected();
            }
        });
    }

    private String status(ImportBatchInfo b) {
        if (b.status() == ImportBatchStatus.REVERTED) {
            return ctx.text("data.status.reverted", ctx.formats().dateTime(b.revertedAt()),
                    b.revertedBy() == null ? "" : b.revertedBy());
        }
        return switch (b.status()) {
            case PENDING -> ctx.text("data.status.pending");
            case FAILED -> ctx.text("data.status.failed");
            case REVERTING -> ctx.text("data.status.reverting");
            default -> ctx.text("data.status.committed");
        };
    }

    private TableColumn<ImportBatchInfo, String> text(String key, double width, Function<ImportBatchInfo, String> value) {
        TableColumn<ImportBatchInfo, String> c = new TableColumn<>(ctx.text(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        Columns.fit(c, width);
        return c;
    }

    private TableColumn<ImportBatchInfo, Integer> number(String key, double width, ToIntFunction<ImportBatchInfo> value) {
        TableColumn<ImportBatchInfo, Integer> c = new TableColumn<>(ctx.text(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.applyAsInt(d.getValue())));
        Columns.fit(c, width);
        c.getStyleClass().add("number-column");
        return c;
    }
}
