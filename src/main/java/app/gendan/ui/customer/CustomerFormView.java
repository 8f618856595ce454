package app.gendan.ui.customer;

import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.FieldError;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.ValidationException;
import app.gendan.domain.merge.CustomerDraftFields;
import app.gendan.domain.merge.ThreeWayMerge;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.UiActions;
import app.gendan.ui.Widgets;
import app.gendan.ui.followup.FollowUpTimeline;
import app.gendan.ui.merge.MergeNote;
import app.gendan.ui.merge.StaleMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One customer: its fields, contacts, orders and every follow-up (its orders' included). A new
 * customer is checked for duplicates on save.
 */
final class CustomerFormView {
    private final AppContext ctx;
    private final UiActions actions;
    private final Consumer<Customer> onSaved;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ComboBox<String> grade = new ComboBox<>(FXCollections.observableArrayList("", "A", "B", "C"));
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<app.gendan.domain.ExtraField> extraFields = FXCollections.observableArrayList();
    private final ObservableList<SalesOrder> orders = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    /** What the last stale save merged in from a colleague, or why it could not (empty otherwise). */
    private final StringProperty mergeNote = new SimpleStringProperty("");
    private final StaleMerge<CustomerMerge.Theirs, CustomerDraft> staleMerge;
    private final Label heading = new Label();
    private final FollowUpTimeline timeline;
    private final VBox root;
    private Customer customer;

    CustomerFormView(AppContext ctx, UiActions actions, Consumer<Customer> onSaved) {
        this.ctx = ctx;
        this.actions = actions;
        this.onSaved = onSaved;
        grade.setId("customerGrade");
        heading.getStyleClass().add("title-3");
        heading.setId("customerHeading");
        TextArea notesArea = new TextArea();
        notesArea.setPrefRowCount(3);
        notesArea.textProperty().bindBidirectional(notes);
        FormGrid form = new FormGrid()
                .add(ctx.text("customer.field.name"), "name", Widgets.text("customerName", name))
                .add(ctx.text("customer.field.shortName"), "shortName", Widgets.text("customerShortName", shortName))
                .add(ctx.text("customer.field.grade"), "grade", grade)
                .add(ctx.text("customer.field.phone"), "phone", Widgets.text("customerPhone", phone))
                .add(ctx.text("customer.field.source"), "source", Widgets.text("customerSource", source))
                .add(ctx.text("customer.field.industry"), "industry", Widgets.text("customerIndustry", industry))
                .add(ctx.text("customer.field.address"), "address", Widgets.text("customerAddress", address))
                .add(ctx.text("customer.field.tags"), "tags", Widgets.text("customerTags", tags))
                .add(ctx.text("customer.field.notes"), "notes", notesArea)
                .add(ctx.text("extra.fields"), "extraFields", app.gendan.ui.ExtraFieldsView.of("customerExtraFields", extraFields))
                .shownWhen(javafx.beans.binding.Bindings.isNotEmpty(extraFields))
                .bindErrors(errors);
        Button save = new Button(ctx.text("button.save"), new FontIcon("mdi2c-content-save"));
        save.setId("customerSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        Button newOrder = new Button(ctx.text("customer.newOrder"), new FontIcon("mdi2p-plus"));
        newOrder.setId("customerNewOrder");
        newOrder.setOnAction(e -> {
            if (customer != null) {
                actions.newOrder(customer.id());
            }
        });
        timeline = new FollowUpTimeline(ctx, () -> actions.dataChanged("followup"));
        timeline.list().setPrefHeight(260);
        staleMerge = new StaleMerge<>(ctx, CustomerDraftFields.INSTANCE, new CustomerMerge(ctx, () -> customer,
                this::draft, this::merged, this::window), mergeNote);
        VBox content = new VBox(12, heading, MergeNote.label(mergeNote), form.node(), new HBox(8, save, newOrder),
                section("customer.followups", timeline.root()),
                section("customer.contacts", contactsPane()), section("customer.orders", ordersPane()));
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root = new VBox(scroll);
        javafx.scene.layout.VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        showNew();
    }

    Node root() { return root; }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Node section(String key, Node body) {
        Label title = new Label(ctx.text(key));
        title.getStyleClass().add("title-4");
        return new VBox(6, title, body);
    }

    private Node contactsPane() {
        ListView<Contact> list = new ListView<>(contacts);
        list.setId("contactList");
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(ctx.text("customer.contacts.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : join(c.name(), c.title(), c.mobile(), c.phone(), c.email())
                        + (c.primary() ? "  ★" : ""));
            }
        });
        Button add = new Button(ctx.text("customer.contacts.add"), new FontIcon("mdi2a-account-plus"));
        add.setId("addContact");
        add.setOnAction(e -> editContact(null));
        Button edit = new Button(ctx.text("customer.contacts.edit"));
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editContact(list.getSelectionModel().getSelectedItem()));
        Button remove = new Button(ctx.text("customer.contacts.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeContact(list.getSelectionModel().getSelectedItem()));
        return new VBox(6, list, new HBox(6, add, edit, remove));
    }

    private Node ordersPane() {
        ListView<SalesOrder> list = new ListView<>(orders);
        list.setId("customerOrders");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label(ctx.text("customer.orders.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SalesOrder o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : join(o.orderNo(), o.title(),
                        ctx.formats().money(o.amount(), o.draft().currency()), ctx.text("status." + o.status().code())));
            }
        });
        list.setOnMouseClicked(e -> {
            SalesOrder o = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && o != null) {
                actions.openOrder(o.id());
            }
        });
        return list;
    }

    void showNew() {
        customer = null;
        heading.setText(ctx.text("customer.new"));
        fill(CustomerDraft.named(""));
        contacts.clear();
        orders.clear();
        errors.clear();
        mergeNote.set("");
        timeline.clear();
    }

    /**
     * Shows a customer. When it is the one on screen and the user has changed its fields (the
     * screen reloads after a colleague's change or a follow-up), what they typed stays and so
     * does the version it was loaded from: their save then merges with the colleague's change.
     */
    void show(long customerId) {
        ctx.tasks().run(() -> new Loaded(ctx.workspace().customers().get(customerId),
                ctx.workspace().customers().contacts(customerId), ctx.workspace().customers().orders(customerId),
                ctx.workspace().customers().extraFields(customerId)), l -> {
            boolean typing = customer != null && customer.id() == l.customer().id()
                    && !ThreeWayMerge.changed(CustomerDraftFields.INSTANCE, customer.toDraft(), draft()).isEmpty();
            if (!typing) {
                customer = l.customer();
                heading.setText(l.customer().name());
                fill(l.customer().toDraft());
                errors.clear();
                mergeNote.set("");
            }
            contacts.setAll(l.contacts());
            orders.setAll(l.orders());
            extraFields.setAll(l.extraFields());
            timeline.showCustomer(l.customer().id());
        }, ctx.errors()::show);
    }

    /** A merge with a colleague's save: their customer is the version the next save goes against. */
    private void merged(Customer theirs, CustomerDraft draft) {
        customer = theirs;
        heading.setText(theirs.name());
        fill(draft);
    }

    private record Loaded(Customer customer, List<Contact> contacts, List<SalesOrder> orders,
                          List<app.gendan.domain.ExtraField> extraFields) {}

    private void fill(CustomerDraft d) {
        name.set(nz(d.name()));
        shortName.set(nz(d.shortName()));
        grade.setValue(nz(d.grade()));
        source.set(nz(d.source()));
        industry.set(nz(d.industry()));
        address.set(nz(d.address()));
        phone.set(nz(d.phone()));
        tags.set(nz(d.tags()));
        notes.set(nz(d.notes()));
    }

    private CustomerDraft draft() {
        Long owner = customer != null ? customer.ownerId() : ctx.user() == null ? null : ctx.user().id();
        return new CustomerDraft(v(name.get()), v(shortName.get()), v(grade.getValue()), v(source.get()),
                v(industry.get()), v(address.get()), v(phone.get()), owner, v(tags.get()), v(notes.get()));
    }

    private void save() {
        errors.clear();
        CustomerDraft d = draft();
        if (customer == null) {
            new CustomerCreation(ctx).create(d, new ArrayList<>(contacts), this::saved, existing -> show(existing.id()),
                    this::invalid);
        } else {
            Customer before = customer;
            ctx.tasks().run(() -> ctx.workspace().customers().update(before.id(), before.version(), d), this::saved, e -> {
                if (e instanceof ValidationException v) {
                    invalid(v);
                } else if (e instanceof StaleEditException) {
                    // a colleague saved first: merge their version with what is typed
                    staleMerge.run(() -> CustomerMerge.Theirs.read(ctx, before.id()), () -> { });
                } else {
                    ctx.errors().show(e);
                }
            });
        }
    }

    private void saved(Customer c) {
        customer = c;
        mergeNote.set("");
        show(c.id());
        onSaved.accept(c);
    }

    private void invalid(ValidationException v) {
        for (FieldError fe : v.errors()) {
            errors.putIfAbsent(fe.field(), ctx.text(fe.messageKey(), fe.args().toArray()));
        }
        if (errors.keySet().stream().anyMatch(k -> k.startsWith("contact."))) {
            ctx.errors().info(ctx.text("dialog.error.title"), ctx.text("customer.contacts.invalid"));
        }
    }

    private void editContact(Contact c) {
        long customerId = customer == null ? 0 : customer.id();
        new ContactDialog(ctx).edit(c, customerId).ifPresent(edited -> {
            if (customer == null) {
                if (c == null) {
                    contacts.add(edited);
                } else {
                    contacts.set(contacts.indexOf(c), edited);
                }
                return;
            }
            ctx.tasks().run(() -> ctx.workspace().customers().saveContact(edited), saved -> show(customerId), e -> {
                if (e instanceof ValidationException v) {
                    ctx.errors().info(ctx.text("dialog.error.title"), v.errors().stream()
                            .map(fe -> ctx.text("contact.field." + fe.field().replace("contact.", "")) + ": "
                                    + ctx.text(fe.messageKey(), fe.args().toArray()))
                            .reduce((a, b) -> a + "\n" + b).orElse(""));
                } else {
                    ctx.errors().show(e);
                }
            });
        });
    }

    private void removeContact(Contact c) {
        if (customer == null) {
            contacts.remove(c);
            return;
        }
        long customerId = customer.id();
        ctx.tasks().run(() -> {
            ctx.workspace().customers().deleteContact(c.id());
            return customerId;
        }, id -> show(id), ctx.errors()::show);
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append("  ·  ");
                }
                b.append(p);
            }
        }
        return b.toString();
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static String v(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
