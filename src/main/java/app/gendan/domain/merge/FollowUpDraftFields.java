package app.gendan.domain.merge;

import static app.gendan.domain.merge.MergeValues.minute;
import static app.gendan.domain.merge.MergeValues.text;
import static app.gendan.domain.merge.MergeValues.tuple;

import app.gendan.domain.FollowUpDraft;
import java.util.List;
import java.util.function.Function;

/**
 * The follow-up form's fields for a merge. The due date and time merge as one (the due moment),
 * and the next step's owner only counts when there is a next step (the form preselects one anyway).
 */
public final class FollowUpDraftFields implements DraftFields<FollowUpDraft> {
    public static final FollowUpDraftFields INSTANCE = new FollowUpDraftFields();

    private static final List<MergeField<FollowUpDraft>> FIELDS = List.of(
            new MergeField<>("order", d -> tuple(d.customerId(), d.orderId())),
            new MergeField<>("happenedAt", d -> minute(d.happenedAt())),
            new MergeField<>("method", FollowUpDraft::method),
            new MergeField<>("summary", d -> text(d.summary())),
            new MergeField<>("feedback", d -> text(d.feedback())),
            new MergeField<>("resultStatus", d -> text(d.resultStatus())),
            new MergeField<>("nextAction", d -> text(d.nextAction())),
            new MergeField<>("nextDue", d -> tuple(d.nextDueDate(), minute(d.nextDueTime()))),
            new MergeField<>("nextOwner", d -> d.hasNextStep() ? d.nextOwnerId() : null));

    private FollowUpDraftFields() {}

    @Override
    public List<MergeField<FollowUpDraft>> fields() { return FIELDS; }

    @Override
    public FollowUpDraft assemble(Function<String, FollowUpDraft> source) {
        FollowUpDraft order = source.apply("order");
        FollowUpDraft due = source.apply("nextDue");
        return new FollowUpDraft(order.customerId(), order.orderId(), source.apply("happenedAt").happenedAt(),
                source.apply("method").method(), source.apply("summary").summary(), source.apply("feedback").feedback(),
                source.apply("resultStatus").resultStatus(), source.apply("nextAction").nextAction(), due.nextDueDate(),
                due.nextDueTime(), source.apply("nextOwner").nextOwnerId());
    }
}
