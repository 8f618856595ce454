package app.gendan.ui.merge;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;

/** The line a form shows after a stale save: what was merged, or why nothing was saved. Hidden while empty. */
public final class MergeNote {
    private MergeNote() {}

    public static Label label(StringProperty note) {
        Label l = new Label();
        l.setId("mergeNote");
        l.getStyleClass().add("merge-note");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(note);
        l.visibleProperty().bind(note.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
