package app.gendan.ui.order;

import app.gendan.domain.ChecklistItem;
import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.FieldError;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderLine;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.User;
import app.gendan.domain.ValidationException;
import app.gendan.domain.merge.OrderDraftFields;
import app.gendan.service.HistoryLine;
import app.gendan.service.Workspace;
import app.gendan.ui.AppContext;
import app.gendan.ui.merge.StaleMerge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.stage.Window;

/** State of the order form, and its loads and saves on background tasks. */
public final class OrderFormViewModel {
    private static final int CUSTOMER_LIMIT = 5000;

    private final AppContext ctx;
    final ObjectProperty<SalesOrder> order = new SimpleObjectProperty<>();
    final StringProperty orderNo = new SimpleStringProperty("");
    final ObservableList<Customer> customers = FXCollections.observableArrayList();
    final ObjectProperty<Customer> customer = new SimpleObjectProperty<>();
    final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    final ObjectProperty<Contact> contact = new SimpleObjectProperty<>();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty currency = new SimpleStringProperty("CNY");
    final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.NORMAL);
    final ObservableList<User> users = FXCollections.observableArrayList();
    final ObjectProperty<User> owner = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> orderDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> expectedClose = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> promisedDelivery = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> shipBy = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> paymentDue = new SimpleObjectProperty<>();
    final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>(OrderStatus.OPEN);
    final StringProperty lostReason = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<LineRow> lines = FXCollections.observableArrayList(
            r -> new Observable[] {r.amount()});
    final ObjectBinding<BigDecimal> linesTotal;
    final BooleanBinding hasLines;
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    /** What the order's imported trackers held that no field takes (read-only). */
    final ObservableList<app.gendan.domain.ExtraField> extraFields = FXCollections.observableArrayList();
    final ObservableList<HistoryLine> history = FXCollections.observableArrayList();
    final BooleanProperty busy = new SimpleBooleanProperty();
    /** What the last stale save merged in from a colleague, or why it could not (empty otherwise). */
    final StringProperty mergeNote = new SimpleStringProperty("");
    private final StaleMerge<OrderMerge.Theirs, OrderDraft> staleMerge;
    private Supplier<Window> window = () -> null;
    private long pipelineId;

    public OrderFormViewModel(AppContext ctx) {
        this.ctx = ctx;
        linesTotal = Bindings.createObjectBinding(
                () -> lines.stream().map(r -> r.amount().get()).reduce(BigDecimal.ZERO, BigDecimal::add), lines);
        hasLines = Bindings.isNotEmpty(lines);
        linesTotal.addListener((o, a, b) -> {
            if (!lines.isEmpty()) {
                amount.set(b.toPlainString());
            }
        });
        customer.addListener((o, a, c) -> loadContacts(c));
        staleMerge = new StaleMerge<>(ctx, OrderDraftFields.INSTANCE, new OrderMerge(ctx, this), mergeNote);
    }

    /** The form's window, for the dialog that asks about conflicting fields. */
    void setWindow(Supplier<Window> w) { this.window = w; }

    Window window() { return window.get(); }

    private record Loaded(List<Customer> customers, List<User> users, long pipelineId, SalesOrder order,
                          List<ChecklistItem> checklist, List<HistoryLine> history,
                          List<app.gendan.domain.ExtraField> extraFields) {}

    private static List<Customer> withCustomer(List<Customer> list, Customer c) {
        if (c == null || list.stream().anyMatch(x -> x.id() == c.id())) {
            return list;
        }
        List<Customer> all = new ArrayList<>(list);
        all.add(0, c);
        return all;
    }

    /** Loads pick lists and, when {@code orderId} is given, the order with its checklist and history. */
    public void load(Long orderId, Long customerId, Runnable done) {
        busy.set(true);
        Workspace ws = ctx.workspace();
        ctx.tasks().run(() -> {
            SalesOrder o = orderId == null ? null : ws.orders().get(orderId);
            return new Loaded(withCustomer(ws.customers().list(null, CUSTOMER_LIMIT),
                    o == null ? null : ws.customers().get(o.customerId())), ws.users().all(),
                    o == null ? ws.pipelines().defaultPipeline().id() : o.pipelineId(), o,
                    o == null ? List.of() : ws.orders().checklist(o.id()),
                    o == null ? List.of() : ws.history().ofOrder(o.id(), ctx.messages()),
                    o == null ? List.of() : ws.orders().extraFields(o.id()));
        }, l -> {
            busy.set(false);
            customers.setAll(l.customers());
            users.setAll(l.users());
            pipelineId = l.pipelineId();
            if (l.order() != null) {
                fill(l.order());
                checklist.setAll(l.checklist());
                history.setAll(l.history());
                extraFields.setAll(l.extraFields());
            } else {
                orderDate.set(LocalDate.now(ctx.workspace().clock()));
                owner.set(find(l.users(), ctx.user() == null ? -1 : ctx.user().id()));
                if (customerId != null) {
                    customer.set(l.customers().stream().filter(c -> c.id() == customerId).findFirst().orElse(null));
                }
            }
            done.run();
        }, e -> {
            busy.set(false);
            ctx.errors().show(e);
        });
    }

    private void fill(SalesOrder o) {
        order.set(o);
        orderNo.set(o.orderNo());
        fillDraft(o.draft());
    }

    /** Puts a draft's values in the fields (the loaded order's, or a merge with a colleague's). */
    void fillDraft(OrderDraft d) {
        Customer c = customers.stream().filter(x -> x.id() == d.customerId()).findFirst().orElse(null);
        if (c != null && customer.get() != null && customer.get().id() == c.id()) {
            // the same customer: its contacts are on screen, and no reload may clear the choice
            pendingContactId = null;
            contact.set(contacts.stream().filter(x -> d.contactId() != null && x.id() == d.contactId())
                    .findFirst().orElse(null));
        } else {
            pendingContactId = d.contactId();
            customer.set(c);
        }
        title.set(d.title());
        currency.set(d.currency());
        priority.set(d.priority());
        owner.set(find(users, d.ownerId()));
        orderDate.set(d.orderDate());
        expectedClose.set(d.expectedClose());
        promisedDelivery.set(d.promisedDelivery());
        shipBy.set(d.shipBy());
        paymentDue.set(d.paymentDue());
        status.set(d.status());
        lostReason.set(d.lostReason() == null ? "" : d.lostReason());
        notes.set(d.notes() == null ? "" : d.notes());
        lines.setAll(d.lines().stream().map(l -> LineRow.of(l, ctx.formats())).toList());
        amount.set(d.amount() == null ? "" : d.amount().toPlainString());
    }

    private Long pendingContactId;

    private void loadContacts(Customer c) {
        contacts.clear();
        contact.set(null);
        if (c == null) {
            return;
        }
        ctx.tasks().run(() -> ctx.workspace().customers().contacts(c.id()), list -> {
            if (customer.get() != c) {
                return;
            }
            contacts.setAll(list);
            Long wanted = pendingContactId;
            pendingContactId = null;
            contact.set(list.stream().filter(x -> wanted != null ? x.id() == wanted : x.primary()).findFirst().orElse(null));
        }, ctx.errors()::show);
    }

    /** Adds a customer just created from the form and picks it. */
    void addCustomer(Customer c) {
        Customer known = customers.stream().filter(x -> x.id() == c.id()).findFirst().orElse(null);
        if (known == null) {
            customers.add(0, c);
            known = c;
        }
        customer.set(known);
    }

    void addLine() {
        lines.add(new LineRow(ctx.formats()));
    }

    /** The draft as typed, or empty when a number does not parse (the field then says so). */
    Optional<OrderDraft> typedDraft() {
        errors.clear();
        lines.forEach(r -> r.error.set(""));
        List<FieldError> parseErrors = new ArrayList<>();
        OrderDraft d = draft(parseErrors);
        if (!parseErrors.isEmpty()) {
            showErrors(parseErrors);
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** The draft as typed; number fields that do not parse are reported like validation errors. */
    OrderDraft draft(List<FieldError> parseErrors) {
        List<OrderLine> ls = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRow r = lines.get(i);
            ls.add(new OrderLine(blankToNull(r.product.get()), blankToNull(r.model.get()), blankToNull(r.spec.get()),
                    number(r.quantity.get(), "lines[" + i + "].quantity", parseErrors),
                    number(r.unitPrice.get(), "lines[" + i + "].unitPrice", parseErrors)));
        }
        BigDecimal amt = ls.isEmpty() ? number(amount.get(), "amount", parseErrors) : BigDecimal.ZERO;
        String cur = currency.get() == null ? null : currency.get().trim().toUpperCase(java.util.Locale.ROOT);
        return new OrderDraft(title.get() == null ? null : title.get().trim(),
                customer.get() == null ? 0 : customer.get().id(),
                contact.get() == null ? null : contact.get().id(),
                owner.get() == null ? 0 : owner.get().id(),
                priority.get(), amt, cur, orderDate.get(), expectedClose.get(), promisedDelivery.get(), shipBy.get(),
                paymentDue.get(), order.get() == null ? null : order.get().draft().quoteExpires(),
                order.get() == null ? null : order.get().draft().contractExpires(),
                status.get(), blankToNull(lostReason.get()), blankToNull(notes.get()), ls);
    }

    private BigDecimal number(String text, String field, List<FieldError> errors) {
        try {
            return ctx.formats().parseNumber(text);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "validation.number"));
            return null;
        }
    }

    /** Saves; on success {@code onSaved} gets the stored order. Field problems land in {@link #errors}. */
    void save(Consumer<SalesOrder> onSaved) {
        Optional<OrderDraft> typed = typedDraft();
        if (typed.isEmpty()) {
            return;
        }
        OrderDraft d = typed.get();
        SalesOrder before = order.get();
        busy.set(true);
        ctx.tasks().run(() -> before == null
                        ? ctx.workspace().orders().create(pipelineId, d)
                        : ctx.workspace().orders().update(before.id(), before.version(), d),
                saved -> {
                    busy.set(false);
                    mergeNote.set("");
                    order.set(saved);
                    orderNo.set(saved.orderNo());
                    onSaved.accept(saved);
                },
                e -> {
                    if (e instanceof StaleEditException && before != null) {
                        // a colleague saved first: merge their version with what is typed, keep busy while reading it
                        staleMerge.run(() -> OrderMerge.Theirs.read(ctx, before.id()), () -> busy.set(false));
                        return;
                    }
                    busy.set(false);
                    if (e instanceof ValidationException v) {
                        showErrors(v.errors());
                    } else {
                        ctx.errors().show(e);
                    }
                });
    }

    private void showErrors(List<FieldError> list) {
        for (FieldError fe : list) {
            String text = ctx.text(fe.messageKey(), fe.args().toArray());
            if (fe.field().startsWith("lines[")) {
                int i = Integer.parseInt(fe.field().substring(6, fe.field().indexOf(']')));
                if (i < lines.size()) {
                    LineRow r = lines.get(i);
                    String field = fe.field().substring(fe.field().indexOf('.') + 1);
                    String prefix = r.error.get().isEmpty() ? "" : r.error.get() + "; ";
                    r.error.set(prefix + ctx.text("field." + field) + ": " + text);
                }
                errors.putIfAbsent("lines", ctx.text("order.lines.hasErrors"));
            } else {
                errors.merge(fe.field(), text, (a, b) -> a);
            }
        }
    }

    /** Reloads the history tab (after a follow-up of the order changed). */
    void reloadHistory() {
        SalesOrder o = order.get();
        if (o != null) {
            ctx.tasks().run(() -> ctx.workspace().history().ofOrder(o.id(), ctx.messages()), history::setAll,
                    ctx.errors()::show);
        }
    }

    void setChecklistItem(ChecklistItem item, boolean done) {
        ctx.tasks().run(() -> {
            ctx.workspace().orders().setChecklistItem(item.id(), done);
            return ctx.workspace().orders().checklist(item.orderId());
        }, checklist::setAll, ctx.errors()::show);
    }

    private static User find(List<User> users, long id) {
        return users.stream().filter(u -> u.id() == id).findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
