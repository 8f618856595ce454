package app.gendan.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A status word of the file that no stage matched, how many rows use it, and the user's meaning for it. */
final class StageWordRow {
    final String word;
    final int rows;
    final ObjectProperty<StageChoice> choice = new SimpleObjectProperty<>();

    StageWordRow(String word, int rows, StageChoice initial) {
        this.word = word;
        this.rows = rows;
        this.choice.set(initial);
    }
}
