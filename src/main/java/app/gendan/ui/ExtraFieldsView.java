package app.gendan.ui;

import app.gendan.domain.ExtraField;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * A record's extra fields, read-only: each header beside its value, in the order of the imported
 * file's columns, so what a tracker held beyond Gendan's fields is there to see and copy.
 */
public final class ExtraFieldsView {
    private ExtraFieldsView() {}

    public static Node of(String id, ObservableList<ExtraField> fields) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(12);
        grid.setVgap(4);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (ExtraField f : fields) {
                Label header = new Label(f.header());
                header.getStyleClass().add("text-muted");
                header.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label value = new Label(f.value());
                value.setWrapText(true);
                value.setId(id + "-" + row);
                grid.addRow(row++, header, value);
            }
        };
        fields.addListener((ListChangeListener<ExtraField>) c -> fill.run());
        fill.run();
        return grid;
    }
}
