package app.gendan.ui.imports;

import app.gendan.domain.OrderStatus;
import app.gendan.domain.Stage;
import app.gendan.service.imports.StageMatch;
import app.gendan.ui.AppContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user says an unknown status word means: a stage of the pipeline, an outcome, or
 * nothing yet ({@code match} null: the service then treats the word as unknown).
 */
record StageChoice(StageMatch match, String label) {

    /** "Leave as it is", the open stages in pipeline order, then open without a stage, won, lost and cancelled. */
    static List<StageChoice> all(AppContext ctx, List<Stage> openStages) {
        List<StageChoice> list = new ArrayList<>();
        list.add(new StageChoice(null, ctx.text("wizard.stageWords.unmapped")));
        for (Stage s : openStages) {
            list.add(new StageChoice(StageMatch.stage(s.name()), s.name()));
        }
        list.add(new StageChoice(new StageMatch(null, OrderStatus.OPEN), ctx.text("wizard.stageWords.openNoStage")));
        for (OrderStatus closed : new OrderStatus[] {OrderStatus.WON, OrderStatus.LOST, OrderStatus.CANCELLED}) {
            list.add(new StageChoice(StageMatch.outcome(closed), ctx.messages().get("status." + closed.code())));
        }
        return List.copyOf(list);
    }

    boolean mapped() {
        return match != null;
    }
}
