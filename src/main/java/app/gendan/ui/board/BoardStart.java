package app.gendan.ui.board;

import app.gendan.domain.Pipeline;
import app.gendan.domain.User;
import app.gendan.service.BoardData;
import app.gendan.service.Workspace;
import java.util.List;

/**
 * Everything the board needs to show itself: pipelines and users for the filters, whether the
 * database is empty, and the cards of the default pipeline. Loaded in one background pass (at
 * start-up, while the window is still being built).
 */
public record BoardStart(List<Pipeline> pipelines, List<User> users, boolean empty, BoardData board) {

    /** Runs off the FX thread. */
    public static BoardStart load(Workspace ws) {
        List<Pipeline> pipelines = ws.pipelines().pipelines();
        Pipeline first = pipelines.stream().filter(Pipeline::isDefault).findFirst()
                .orElse(pipelines.isEmpty() ? null : pipelines.get(0));
        return new BoardStart(pipelines, ws.users().all(), ws.demo().databaseIsEmpty(),
                first == null ? null : ws.board().load(first.id()));
    }
}
