package app.gendan.ui.imports;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Table column widths that never cut a header: at least the wanted width, and wide enough for the bold title. */
final class Columns {
    /** The theme's header padding and sort-arrow room, with a little to spare for larger fonts. */
    private static final double HEADER_PADDING = 52;

    private Columns() {}

    static void fit(TableColumn<?, ?> c, double width) {
        Text header = new Text(c.getText());
        header.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        // The theme's font may be a little larger than the default one measured here.
        double w = Math.max(width, Math.ceil(header.getLayoutBounds().getWidth() * 1.15) + HEADER_PADDING);
        c.setPrefWidth(w);
        c.setMinWidth(w);
    }
}
