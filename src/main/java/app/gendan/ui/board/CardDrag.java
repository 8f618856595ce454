package app.gendan.ui.board;

import app.gendan.domain.BoardCard;

/** The card being dragged between columns (a JavaFX press-drag-release gesture, not the OS clipboard). */
final class CardDrag {
    private BoardCard card;

    void start(BoardCard c) { card = c; }

    BoardCard card() { return card; }

    void end() { card = null; }
}
