package app.gendan.service;

import app.gendan.domain.Pipeline;
import app.gendan.domain.Stage;
import app.gendan.store.Database;
import java.util.List;

/** Loads the board of a pipeline: its open stages and every open order as a card. */
public final class BoardService {
    private final Database db;

    BoardService(Database db) {
        this.db = db;
    }

    public BoardData load(long pipelineId) {
        return db.read(s -> {
            Pipeline p = s.pipelines().byId(pipelineId).orElseThrow(() -> new app.gendan.domain.GendanException("error.noPipeline"));
            List<Stage> open = s.pipelines().stages(pipelineId).stream().filter(st -> st.isOpen() && !st.archived()).toList();
            return new BoardData(p, open, s.orders().openCards(pipelineId));
        });
    }
}
