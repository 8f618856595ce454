package app.gendan.domain;

import java.math.BigDecimal;
import java.util.List;

/** One board column: a stage, its visible cards, their count and total amount. */
public record BoardColumn(Stage stage, List<BoardCard> cards, BigDecimal total) {
    public BoardColumn {
        cards = List.copyOf(cards);
    }

    public int count() { return cards.size(); }
}
