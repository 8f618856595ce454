package app.gendan.ui.customer;

import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.User;
import app.gendan.ui.AppContext;
import app.gendan.ui.merge.FieldLabels;
import app.gendan.ui.merge.FieldTexts;
import app.gendan.ui.merge.StaleMerge;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The customer form's side of merging a stale save with the customer a colleague saved. */
final class CustomerMerge implements StaleMerge.Form<CustomerMerge.Theirs, CustomerDraft> {

    /** The colleague's customer, and the users (to name its owner). */
    record Theirs(Customer customer, List<User> users) {
        static Theirs read(AppContext ctx, long customerId) {
            return new Theirs(ctx.workspace().customers().get(customerId), ctx.workspace().users().all());
        }
    }

    private final AppContext ctx;
    private final Supplier<Customer> base;
    private final Supplier<CustomerDraft> typed;
    private final BiConsumer<Customer, CustomerDraft> apply;
    private final Supplier<Window> window;

    /**
     * {@code base}: the customer as the form loaded it; {@code typed}: the form's draft now;
     * {@code apply}: shows a merged draft and makes the colleague's customer the form's.
     */
    CustomerMerge(AppContext ctx, Supplier<Customer> base, Supplier<CustomerDraft> typed,
                  BiConsumer<Customer, CustomerDraft> apply, Supplier<Window> window) {
        this.ctx = ctx;
        this.base = base;
        this.typed = typed;
        this.apply = apply;
        this.window = window;
    }

    @Override
    public CustomerDraft base() { return base.get().toDraft(); }

    @Override
    public Optional<CustomerDraft> mine() { return Optional.of(typed.get()); }

    @Override
    public CustomerDraft draftOf(Theirs theirs) { return theirs.customer().toDraft(); }

    @Override
    public FieldTexts<CustomerDraft> texts(Theirs theirs) {
        return new FieldTexts<>() {
            @Override
            public String label(String field) {
                return ctx.text(FieldLabels.customer(field));
            }

            @Override
            public String value(String field, CustomerDraft d) {
                return switch (field) {
                    case "name" -> d.name();
                    case "shortName" -> d.shortName();
                    case "grade" -> d.grade();
                    case "phone" -> d.phone();
                    case "source" -> d.source();
                    case "industry" -> d.industry();
                    case "address" -> d.address();
                    case "tags" -> d.tags();
                    case "notes" -> d.notes();
                    case "owner" -> theirs.users().stream().filter(u -> d.ownerId() != null && u.id() == d.ownerId())
                            .map(User::displayName).findFirst().orElse("");
                    default -> "";
                };
            }
        };
    }

    @Override
    public void apply(Theirs theirs, CustomerDraft merged) { apply.accept(theirs.customer(), merged); }

    @Override
    public Window window() { return window.get(); }
}
