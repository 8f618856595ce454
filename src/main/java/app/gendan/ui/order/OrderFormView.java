package app.gendan.ui.order;

import app.gendan.domain.ChecklistItem;
import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
import app.gendan.service.HistoryLine;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.Widgets;
import app.gendan.ui.followup.FollowUpTimeline;
import app.gendan.ui.merge.MergeNote;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The order form (new and edit) in its own window: details, follow-ups, lines, checklist and
 * history tabs. {@code onSaved} runs after the order or one of its follow-ups was saved.
 */
public final class OrderFormView {
    private final AppContext ctx;
    private final OrderFormViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Consumer<SalesOrder> onSaved;

    public OrderFormView(AppContext ctx, Consumer<SalesOrder> onSaved) {
        this.ctx = ctx;
        this.vm = new OrderFormViewModel(ctx);
        this.onSaved = onSaved;
    }

    public OrderFormViewModel viewModel() { return vm; }

    /** Opens the form for an existing order ({@code orderId}) or a new one (optionally for a customer). */
    public void show(Long orderId, Long customerId) {
        dialog.setTitle(ctx.text(orderId == null ? "order.title.new" : "order.title.edit"));
        dialog.setResizable(true);
        dialog.initModality(Modality.NONE);
        ButtonType save = new ButtonType(ctx.text("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(ctx.text("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, close);
        dialog.getDialogPane().setId("orderForm");
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("orderSave");
        saveButton.disableProperty().bind(vm.busy);
        dialog.getDialogPane().lookupButton(close).setId("orderClose");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(saved -> {
                onSaved.accept(saved);
                dialog.setResult(save);
                dialog.close();
            });
        });
        vm.setWindow(() -> dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow());
        dialog.getDialogPane().setContent(new ProgressIndicator());
        Widgets.owner().ifPresent(dialog::initOwner);
        Widgets.style(dialog.getDialogPane());
        vm.load(orderId, customerId, () -> dialog.getDialogPane().setContent(content()));
        dialog.getDialogPane().setPrefSize(780, 620);
        dialog.show();
    }

    private Node content() {
        Tab followUps = tab("order.tab.followups", followUps());
        Tab checklist = tab("order.tab.checklist", checklist());
        Tab history = tab("order.tab.history", history());
        TabPane tabs = new TabPane(
                tab("order.tab.details", details()),
                followUps,
                tab("order.tab.lines", lines()),
                checklist,
                history);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        boolean isNew = vm.order.get() == null;
        followUps.setDisable(isNew);
        checklist.setDisable(isNew);
        history.setDisable(isNew);
        Label number = new Label();
        number.setId("orderNo");
        number.getStyleClass().add("title-3");
        number.textProperty().bind(Bindings.when(vm.orderNo.isEmpty())
                .then(ctx.text("order.number.pending")).otherwise(vm.orderNo));
        VBox box = new VBox(8, number, MergeNote.label(vm.mergeNote), tabs);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private Tab tab(String key, Node content) {
        Tab t = new Tab(ctx.text(key), content);
        t.setId("tab-" + key.substring(key.lastIndexOf('.') + 1));
        return t;
    }

    private Node details() {
        SearchableComboBox<Customer> customer = new SearchableComboBox<>(vm.customers);
        customer.setId("orderCustomer");
        customer.setConverter(Widgets.converter(Customer::name));
        customer.valueProperty().bindBidirectional(vm.customer);
        customer.setMaxWidth(Double.MAX_VALUE);
        Button newCustomer = new Button(ctx.text("order.newCustomer"), new FontIcon("mdi2a-account-plus"));
        newCustomer.setId("orderNewCustomer");
        newCustomer.setOnAction(e -> new QuickCustomerDialog(ctx).show(vm::addCustomer));
        HBox customerRow = new HBox(6, customer, newCustomer);
        HBox.setHgrow(customer, javafx.scene.layout.Priority.ALWAYS);

        ComboBox<Contact> contact = new ComboBox<>(vm.contacts);
        contact.setId("orderContact");
        contact.setConverter(Widgets.converter(Contact::name));
        contact.valueProperty().bindBidirectional(vm.contact);

        TextField title = Widgets.text("orderTitle", vm.title);
        TextField amount = Widgets.text("orderAmount", vm.amount);
        amount.disableProperty().bind(vm.hasLines);
        TextField currency = Widgets.text("orderCurrency", vm.currency);
        currency.setPrefColumnCount(4);
        Label fromLines = new Label(ctx.text("order.amount.fromLines"));
        fromLines.getStyleClass().add("text-muted");
        fromLines.visibleProperty().bind(vm.hasLines);
        HBox amountRow = new HBox(6, amount, currency, fromLines);

        ComboBox<Priority> priority = Widgets.combo("orderPriority", Priority.values(), p -> ctx.text("priority." + p.code()));
        priority.valueProperty().bindBidirectional(vm.priority);
        ComboBox<User> owner = new ComboBox<>(vm.users);
        owner.setId("orderOwner");
        owner.setConverter(Widgets.converter(User::displayName));
        owner.valueProperty().bindBidirectional(vm.owner);
        ComboBox<OrderStatus> status = Widgets.combo("orderStatus", OrderStatus.values(), s -> ctx.text("status." + s.code()));
        status.valueProperty().bindBidirectional(vm.status);
        TextField lostReason = Widgets.text("orderLostReason", vm.lostReason);
        lostReason.disableProperty().bind(vm.status.isNotEqualTo(OrderStatus.LOST));
        TextArea notes = new TextArea();
        notes.setId("orderNotes");
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(vm.notes);

        FormGrid form = new FormGrid()
                .add(ctx.text("order.field.customer"), "customer", customerRow)
                .add(ctx.text("order.field.contact"), "contact", contact)
                .add(ctx.text("order.field.title"), "title", title)
                .add(ctx.text("order.field.amount"), "amount", amountRow)
                .add(ctx.text("order.field.priority"), "priority", priority)
                .add(ctx.text("order.field.owner"), "owner", owner)
                .add(ctx.text("order.field.orderDate"), "orderDate", date("orderDate", vm.orderDate))
                .add(ctx.text("order.field.expectedClose"), "expectedClose", date("orderExpectedClose", vm.expectedClose))
                .add(ctx.text("order.field.promisedDelivery"), "promisedDelivery", date("orderPromisedDelivery", vm.promisedDelivery))
                .add(ctx.text("order.field.shipBy"), "shipBy", date("orderShipBy", vm.shipBy))
                .add(ctx.text("order.field.paymentDue"), "paymentDue", date("orderPaymentDue", vm.paymentDue))
                .add(ctx.text("order.field.status"), "status", status)
                .add(ctx.text("order.field.lostReason"), "lostReason", lostReason)
                .add(ctx.text("order.field.notes"), "notes", notes)
                .add(ctx.text("extra.fields"), "extraFields", app.gendan.ui.ExtraFieldsView.of("orderExtraFields", vm.extraFields))
                .shownWhen(javafx.beans.binding.Bindings.isNotEmpty(vm.extraFields))
                .add("", "lines", new Label())
                .bindErrors(vm.errors);
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(8));
        return scroll;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setConverter(ctx.formats().dateConverter());
        p.valueProperty().bindBidirectional(value);
        return p;
    }

    private Node lines() {
        VBox rows = new VBox(6);
        Runnable redraw = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < vm.lines.size(); i++) {
                rows.getChildren().add(lineRow(vm.lines.get(i), i));
            }
        };
        vm.lines.addListener((javafx.collections.ListChangeListener<LineRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                redraw.run();
            }
        });
        redraw.run();
        Button add = new Button(ctx.text("order.lines.add"), new FontIcon("mdi2p-plus"));
        add.setId("addLine");
        add.setOnAction(e -> vm.addLine());
        Label total = new Label();
        total.setId("linesTotal");
        total.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("order.lines.total", ctx.formats().money(vm.linesTotal.get(), vm.currency.get())),
                vm.linesTotal, vm.currency));
        HBox header = new HBox(8, headerLabel("order.line.product", 160), headerLabel("order.line.model", 100),
                headerLabel("order.line.spec", 100), headerLabel("order.line.quantity", 70),
                headerLabel("order.line.unitPrice", 90), headerLabel("order.line.amount", 100));
        VBox box = new VBox(8, header, rows, new HBox(12, add, total));
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Label headerLabel(String key, double width) {
        Label l = new Label(ctx.text(key));
        l.setPrefWidth(width);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private Node lineRow(LineRow r, int i) {
        TextField product = Widgets.text("line-" + i + "-product", r.product);
        product.setPrefWidth(160);
        TextField model = Widgets.text("line-" + i + "-model", r.model);
        model.setPrefWidth(100);
        TextField spec = Widgets.text("line-" + i + "-spec", r.spec);
        spec.setPrefWidth(100);
        TextField qty = Widgets.text("line-" + i + "-quantity", r.quantity);
        qty.setPrefWidth(70);
        TextField price = Widgets.text("line-" + i + "-unitPrice", r.unitPrice);
        price.setPrefWidth(90);
        Label amount = new Label();
        amount.setPrefWidth(100);
        amount.textProperty().bind(Bindings.createStringBinding(() -> ctx.formats().number(r.amount().get()), r.amount()));
        Button remove = new Button(null, new FontIcon("mdi2d-delete-outline"));
        remove.setId("line-" + i + "-remove");
        remove.getStyleClass().add("flat");
        remove.setOnAction(e -> vm.lines.remove(r));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(r.error);
        error.visibleProperty().bind(r.error.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(2, new HBox(8, product, model, spec, qty, price, amount, remove), error);
    }

    private Node checklist() {
        ListView<ChecklistItem> list = new ListView<>(vm.checklist);
        list.setId("orderChecklist");
        list.setPlaceholder(new Label(ctx.text("order.checklist.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ChecklistItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                CheckBox box = new CheckBox(item.text());
                box.setSelected(item.done());
                box.setOnAction(e -> vm.setChecklistItem(item, box.isSelected()));
                setGraphic(box);
            }
        });
        return list;
    }

    /** The order's follow-ups; saving one there refreshes the history tab and the board. */
    private Node followUps() {
        FollowUpTimeline timeline = new FollowUpTimeline(ctx, () -> {
            vm.reloadHistory();
            if (vm.order.get() != null) {
                onSaved.accept(vm.order.get());
            }
        });
        SalesOrder o = vm.order.get();
        if (o != null) {
            timeline.showOrder(o.customerId(), o.id());
        }
        return timeline.root();
    }

    private Node history() {
        ListView<HistoryLine> list = new ListView<>(vm.history);
        list.setId("orderHistory");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        return list;
    }
}
