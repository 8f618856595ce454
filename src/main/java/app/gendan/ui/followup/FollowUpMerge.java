package app.gendan.ui.followup;

import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.SalesOrder;
import app.gendan.ui.AppContext;
import app.gendan.ui.merge.FieldLabels;
import app.gendan.ui.merge.FieldTexts;
import app.gendan.ui.merge.StaleMerge;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.stage.Window;

/** The follow-up form's side of merging a stale edit with the follow-up a colleague saved. */
final class FollowUpMerge implements StaleMerge.Form<FollowUp, FollowUpDraft> {
    private final AppContext ctx;
    private final FollowUpFormViewModel vm;

    FollowUpMerge(AppContext ctx, FollowUpFormViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @Override
    public FollowUpDraft base() { return vm.editing().toDraft(ctx.formats().zone()); }

    @Override
    public Optional<FollowUpDraft> mine() { return vm.draft(); }

    @Override
    public FollowUpDraft draftOf(FollowUp theirs) { return theirs.toDraft(ctx.formats().zone()); }

    @Override
    public FieldTexts<FollowUpDraft> texts(FollowUp theirs) {
        return new FieldTexts<>() {
            @Override
            public String label(String field) {
                return ctx.text(FieldLabels.followUp(field));
            }

            @Override
            public String value(String field, FollowUpDraft d) {
                return switch (field) {
                    case "order" -> order(d.orderId());
                    case "happenedAt" -> ctx.formats().dateTime(d.happenedAt());
                    case "method" -> d.method() == null ? "" : ctx.text("method." + d.method().code());
                    case "summary" -> d.summary();
                    case "feedback" -> d.feedback();
                    case "resultStatus" -> d.resultStatus();
                    case "nextAction" -> d.nextAction();
                    case "nextDue" -> d.nextDueDate() == null ? "" : (ctx.formats().date(d.nextDueDate())
                            + (d.nextDueTime() == null ? "" : " " + TimeText.format(d.nextDueTime())));
                    case "nextOwner" -> vm.users.stream().filter(u -> d.nextOwnerId() != null && u.id() == d.nextOwnerId())
                            .map(u -> u.displayName()).findFirst().orElse("");
                    default -> "";
                };
            }
        };
    }

    private String order(Long orderId) {
        if (orderId == null) {
            return ctx.text("followup.order.none");
        }
        return Stream.concat(Stream.ofNullable(vm.order.get()), vm.orders.stream())
                .filter(o -> o.id() == orderId).map(SalesOrder::orderNo).findFirst().orElse("");
    }

    @Override
    public void apply(FollowUp theirs, FollowUpDraft merged) { vm.merged(theirs, merged); }

    @Override
    public Window window() { return vm.window(); }
}
