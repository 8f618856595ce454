package app.gendan.ui.start;

import app.gendan.domain.Role;
import app.gendan.domain.i18n.Messages;
import app.gendan.ui.FormGrid;
import app.gendan.ui.Widgets;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** First start on this database: who are you (display name, role)? */
public final class FirstRunDialog {
    public record Answer(String displayName, Role role) {}

    private final Messages m;

    public FirstRunDialog(Messages m) {
        this.m = m;
    }

    public Optional<Answer> ask(String login) {
        StringProperty name = new SimpleStringProperty(login);
        ComboBox<Role> role = Widgets.combo("firstRunRole", Role.values(), r -> m.get("role." + r.code()));
        role.setValue(Role.REP);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(m.get("firstRun.title"));
        dialog.setHeaderText(m.get("firstRun.header"));
        ButtonType start = new ButtonType(m.get("firstRun.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(m.get("button.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(start, quit);
        Button ok = (Button) dialog.getDialogPane().lookupButton(start);
        ok.disableProperty().bind(name.isEmpty());
        Label hint = new Label(m.get("firstRun.hint", login));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        dialog.getDialogPane().setContent(new VBox(10, hint, new FormGrid()
                .add(m.get("firstRun.displayName"), null, Widgets.text("firstRunName", name))
                .add(m.get("firstRun.role"), null, role).node()));
        Widgets.style(dialog.getDialogPane());
        return dialog.showAndWait().filter(b -> b == start)
                .map(b -> new Answer(name.get().trim().isEmpty() ? login : name.get().trim(), role.getValue()));
    }
}
