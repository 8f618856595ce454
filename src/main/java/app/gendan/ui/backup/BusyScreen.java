package app.gendan.ui.backup;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows while its database is closed for a restore: a spinner and what is happening. */
public final class BusyScreen {
    private BusyScreen() {}

    public static Parent of(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        VBox box = new VBox(16, new ProgressIndicator(), label);
        box.setId("busyScreen");
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
