package app.gendan.service;

import app.gendan.domain.BoardCard;
import app.gendan.domain.BoardFilter;
import app.gendan.domain.BoardModel;
import app.gendan.domain.Pipeline;
import app.gendan.domain.Stage;
import java.util.List;

/** Everything the board of one pipeline needs, loaded together; filter in memory without reloading. */
public record BoardData(Pipeline pipeline, List<Stage> stages, List<BoardCard> cards) {
    public BoardData {
        stages = List.copyOf(stages);
        cards = List.copyOf(cards);
    }

    public BoardModel model(BoardFilter filter) {
        return BoardModel.build(stages, cards, filter);
    }
}
