package app.gendan.ui.followup;

import app.gendan.domain.FollowUp;
import app.gendan.domain.NextStep;
import app.gendan.domain.NextStepState;
import app.gendan.ui.AppContext;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** One follow-up in a timeline: when, how and by whom; what was said; and its next step with its state. */
final class FollowUpCell extends ListCell<FollowUp> {
    private static final List<String> STATES = List.of("step-open", "step-overdue", "step-done");

    private final AppContext ctx;
    private final Supplier<Map<Long, String>> users;
    private final Supplier<Map<Long, String>> orderNos;
    private final BooleanSupplier showOrder;
    private final Label header = label("timeline-header");
    private final Label summary = label("timeline-summary");
    private final Label feedback = label("timeline-details");
    private final Label result = label("timeline-details");
    private final Label step = label("timeline-step");
    private final VBox box = new VBox(2, header, summary, feedback, result, step);

    FollowUpCell(AppContext ctx, Supplier<Map<Long, String>> users, Supplier<Map<Long, String>> orderNos,
                 BooleanSupplier showOrder) {
        this.ctx = ctx;
        this.users = users;
        this.orderNos = orderNos;
        this.showOrder = showOrder;
        box.getStyleClass().add("timeline-entry");
        box.setMinWidth(0);
        box.prefWidthProperty().bind(widthProperty().subtract(24));
        summary.setWrapText(true);
        feedback.setWrapText(true);
        result.setWrapText(true);
        step.setWrapText(true);
        getStyleClass().add("timeline-cell");
    }

    @Override
    protected void updateItem(FollowUp f, boolean empty) {
        super.updateItem(f, empty);
        setText(null);
        step.getStyleClass().removeAll(STATES);
        if (empty || f == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("followup-" + f.id());
        StringBuilder head = new StringBuilder(ctx.formats().dateTime(f.happenedAt()))
                .append("  ·  ").append(ctx.text("method." + f.method().code()));
        if (f.createdByName() != null) {
            head.append("  ·  ").append(f.createdByName());
        }
        String orderNo = f.orderId() == null ? null : orderNos.get().get(f.orderId());
        if (showOrder.getAsBoolean() && orderNo != null) {
            head.append("  ·  ").append(orderNo);
        }
        header.setText(head.toString());
        summary.setText(f.summary());
        feedback.setText(f.feedback() == null ? "" : ctx.text("followup.timeline.feedback", f.feedback()));
        show(feedback, f.feedback() != null);
        result.setText(f.resultStatus() == null ? "" : ctx.text("followup.timeline.result", f.resultStatus()));
        show(result, f.resultStatus() != null);
        NextStep s = f.nextStep();
        show(step, s != null);
        if (s != null) {
            String owner = users.get().getOrDefault(s.ownerId(), "");
            NextStepState state = NextStepState.of(s, ctx.workspace().clock().instant(), ctx.formats().zone());
            String key = !s.isOpen() ? "followup.timeline.stepDone" : state == NextStepState.OVERDUE
                    ? "followup.timeline.stepOverdue" : "followup.timeline.step";
            step.setText(ctx.text(key, s.action(), StepText.due(ctx, s), owner));
            step.getStyleClass().add(!s.isOpen() ? "step-done" : state == NextStepState.OVERDUE ? "step-overdue" : "step-open");
        }
        setGraphic(box);
    }

    private static void show(Label l, boolean visible) {
        l.setVisible(visible);
        l.setManaged(visible);
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
