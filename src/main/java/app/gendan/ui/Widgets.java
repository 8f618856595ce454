package app.gendan.ui;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Small builders for the controls every form repeats. */
public final class Widgets {
    public static final String STYLESHEET = Widgets.class.getResource("/app/gendan/ui/gendan.css").toExternalForm();

    private Widgets() {}

    public static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    public static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>(FXCollections.observableArrayList(values));
        c.setId(id);
        c.setConverter(converter(label));
        return c;
    }

    /** Shows items by {@code label}; the combo boxes using it are not editable, so nothing is parsed. */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : label.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }

    /** The window dialogs should belong to: the focused one, else any showing. */
    public static Optional<Window> owner() {
        return ErrorDialogs.ownerWindow();
    }

    public static void style(DialogPane pane) {
        if (!pane.getStylesheets().contains(STYLESHEET)) {
            pane.getStylesheets().add(STYLESHEET);
        }
    }
}
