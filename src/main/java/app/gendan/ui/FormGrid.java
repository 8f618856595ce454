package app.gendan.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A two-column form: label, then the control with its field-level error message under it.
 * Error labels get the id {@code error-<field>} and follow a map of field name → message.
 */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private final Map<String, Label> errorLabels = new HashMap<>();
    private int row;

    public FormGrid() {
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, controls);
    }

    /** Adds a row; {@code field} names the error messages shown under it (null for none). */
    public FormGrid add(String label, String field, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        VBox box = new VBox(2, control);
        if (field != null) {
            Label error = new Label();
            error.setId("error-" + field);
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.managedProperty().bind(error.visibleProperty());
            error.setVisible(false);
            errorLabels.put(field, error);
            box.getChildren().add(error);
        }
        grid.add(l, 0, row);
        grid.add(box, 1, row);
        row++;
        last = new Node[] {l, box};
        return this;
    }

    /** Shows the row added last only while {@code shown} holds (a row with nothing to show takes no room). */
    public FormGrid shownWhen(javafx.beans.value.ObservableBooleanValue shown) {
        for (Node n : last) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
        return this;
    }

    private Node[] last = new Node[0];

    /** Shows the messages of {@code errors} under their fields, and keeps following the map. */
    public FormGrid bindErrors(ObservableMap<String, String> errors) {
        errors.addListener((MapChangeListener<String, String>) c -> show(errors));
        show(errors);
        return this;
    }

    private void show(Map<String, String> errors) {
        errorLabels.forEach((field, label) -> {
            String text = errors.get(field);
            label.setText(text == null ? "" : text);
            label.setVisible(text != null);
        });
    }

    public GridPane node() { return grid; }
}
