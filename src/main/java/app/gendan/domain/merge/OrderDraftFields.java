package app.gendan.domain.merge;

import static app.gendan.domain.merge.MergeValues.code;
import static app.gendan.domain.merge.MergeValues.lines;
import static app.gendan.domain.merge.MergeValues.number;
import static app.gendan.domain.merge.MergeValues.text;
import static app.gendan.domain.merge.MergeValues.tuple;

import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderStatus;
import java.util.List;
import java.util.function.Function;

/**
 * The order form's fields for a merge. Some draft fields only make sense together and merge as
 * one: customer with contact (a contact belongs to its customer), the lines with the amount
 * (with lines, the amount is their sum), and the status with the lost reason.
 */
public final class OrderDraftFields implements DraftFields<OrderDraft> {
    public static final OrderDraftFields INSTANCE = new OrderDraftFields();

    private static final List<MergeField<OrderDraft>> FIELDS = List.of(
            new MergeField<>("customer", d -> tuple(d.customerId(), d.contactId())),
            new MergeField<>("title", d -> text(d.title())),
            new MergeField<>("amount", d -> tuple(lines(d.lines()), d.lines().isEmpty() ? number(d.amount()) : null)),
            new MergeField<>("currency", d -> code(d.currency())),
            new MergeField<>("priority", OrderDraft::priority),
            new MergeField<>("owner", OrderDraft::ownerId),
            new MergeField<>("orderDate", OrderDraft::orderDate),
            new MergeField<>("expectedClose", OrderDraft::expectedClose),
            new MergeField<>("promisedDelivery", OrderDraft::promisedDelivery),
            new MergeField<>("shipBy", OrderDraft::shipBy),
            new MergeField<>("paymentDue", OrderDraft::paymentDue),
            new MergeField<>("quoteExpires", OrderDraft::quoteExpires),
            new MergeField<>("contractExpires", OrderDraft::contractExpires),
            new MergeField<>("status", d -> tuple(d.status(), d.status() == OrderStatus.LOST ? text(d.lostReason()) : null)),
            new MergeField<>("notes", d -> text(d.notes())));

    private OrderDraftFields() {}

    @Override
    public List<MergeField<OrderDraft>> fields() { return FIELDS; }

    @Override
    public OrderDraft assemble(Function<String, OrderDraft> source) {
        OrderDraft customer = source.apply("customer");
        OrderDraft amount = source.apply("amount");
        OrderDraft status = source.apply("status");
        return new OrderDraft(source.apply("title").title(), customer.customerId(), customer.contactId(),
                source.apply("owner").ownerId(), source.apply("priority").priority(), amount.amount(),
                source.apply("currency").currency(), source.apply("orderDate").orderDate(),
                source.apply("expectedClose").expectedClose(), source.apply("promisedDelivery").promisedDelivery(),
                source.apply("shipBy").shipBy(), source.apply("paymentDue").paymentDue(),
                source.apply("quoteExpires").quoteExpires(), source.apply("contractExpires").contractExpires(),
                status.status(), status.lostReason(), source.apply("notes").notes(), amount.lines())
                .withAmountFromLines();
    }
}
