package app.gendan.ui.order;

import app.gendan.domain.ChecklistItem;
import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
import app.gendan.service.HistoryLine;
import app.gendan.service.Workspace;
import app.gendan.ui.AppContext;
import app.gendan.ui.merge.FieldTexts;
import app.gendan.ui.merge.StaleMerge;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The order form's side of merging a stale save with the order a colleague saved. */
final class OrderMerge implements StaleMerge.Form<OrderMerge.Theirs, OrderDraft> {

    /** The colleague's order with what the form shows beside it: its customer, their contacts, the users, the tabs. */
    record Theirs(SalesOrder order, Customer customer, List<Contact> contacts, List<User> users,
                  List<ChecklistItem> checklist, List<HistoryLine> history) {
        static Theirs read(AppContext ctx, long orderId) {
            Workspace ws = ctx.workspace();
            SalesOrder o = ws.orders().get(orderId);
            return new Theirs(o, ws.customers().get(o.customerId()), ws.customers().contacts(o.customerId()),
                    ws.users().all(), ws.orders().checklist(orderId), ws.history().ofOrder(orderId, ctx.messages()));
        }
    }

    private final AppContext ctx;
    private final OrderFormViewModel vm;

    OrderMerge(AppContext ctx, OrderFormViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @Override
    public OrderDraft base() { return vm.order.get().draft(); }

    @Override
    public Optional<OrderDraft> mine() { return vm.typedDraft(); }

    @Override
    public OrderDraft draftOf(Theirs theirs) { return theirs.order().draft(); }

    @Override
    public FieldTexts<OrderDraft> texts(Theirs theirs) {
        boolean lines = !base().lines().isEmpty() || !theirs.order().draft().lines().isEmpty() || !vm.lines.isEmpty();
        return new OrderFieldTexts(ctx, lines, id -> name(vm.customers, theirs.customer(), id),
                id -> contactName(theirs, id), id -> userName(theirs.users(), id));
    }

    @Override
    public void apply(Theirs theirs, OrderDraft merged) {
        if (vm.customers.stream().noneMatch(c -> c.id() == theirs.customer().id())) {
            vm.customers.add(0, theirs.customer());
        }
        vm.users.setAll(theirs.users());
        if (vm.customer.get() != null && vm.customer.get().id() == theirs.customer().id()
                && merged.customerId() == theirs.customer().id()) {
            // a contact the colleague added is offered too
            vm.contacts.setAll(theirs.contacts());
        }
        vm.order.set(theirs.order());
        vm.checklist.setAll(theirs.checklist());
        vm.history.setAll(theirs.history());
        vm.fillDraft(merged);
    }

    @Override
    public Window window() { return vm.window(); }

    private static String name(List<Customer> shown, Customer theirs, long id) {
        if (theirs.id() == id) {
            return theirs.name();
        }
        return shown.stream().filter(c -> c.id() == id).map(Customer::name).findFirst().orElse("");
    }

    private String contactName(Theirs theirs, Long id) {
        if (id == null) {
            return "";
        }
        return java.util.stream.Stream.concat(theirs.contacts().stream(), vm.contacts.stream())
                .filter(c -> c.id() == id).map(Contact::name).findFirst().orElse("");
    }

    private static String userName(List<User> users, long id) {
        return users.stream().filter(u -> u.id() == id).map(User::displayName).findFirst().orElse("");
    }
}
