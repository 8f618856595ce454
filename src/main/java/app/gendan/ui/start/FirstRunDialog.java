package app.gendan.ui.start;

import app.gendan.domain.Role;
import app.gendan.domain.i18n.Messages;
import app.gendan.ui.FormGrid;
import app.gendan.ui.Widgets;
import java.util.Locale;
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

/**
 * First start on this database: which language, and who are you (display name, role)? The
 * language is asked first and the dialog speaks it as soon as it is picked, so someone whose
 * OS gave the wrong language can read the rest.
 */
public final class FirstRunDialog {
    /** language: the language picked (the one the dialog opened in when left as it was). */
    public record Answer(String displayName, Role role, Locale language) {
        public Answer(String displayName, Role role) {
            this(displayName, role, null);
        }
    }

    /** The languages offered, each under its own name. */
    static final Locale[] LANGUAGES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    static String languageName(Locale l) {
        return "zh".equals(l.getLanguage()) ? "中文" : "English";
    }

    private final Messages first;

    public FirstRunDialog(Messages m) {
        this.first = m;
    }

    public Optional<Answer> ask(String login) {
        StringProperty name = new SimpleStringProperty(login);
        ComboBox<Locale> language = Widgets.combo("firstRunLanguage", LANGUAGES, FirstRunDialog::languageName);
        language.setValue(first.locale());
        ComboBox<Role> role = Widgets.combo("firstRunRole", Role.values(), r -> r.code());
        role.setValue(Role.REP);
        Dialog<ButtonType> dialog = new Dialog<>();
        ButtonType start = new ButtonType(first.get("firstRun.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(first.get("button.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(start, quit);
        Button ok = (Button) dialog.getDialogPane().lookupButton(start);
        ok.setId("firstRunStart");
        ok.disableProperty().bind(name.isEmpty());
        Button cancel = (Button) dialog.getDialogPane().lookupButton(quit);
        Runnable speak = () -> {
            Messages m = new Messages(language.getValue());
            dialog.setTitle(m.get("firstRun.title"));
            dialog.setHeaderText(m.get("firstRun.header"));
            ok.setText(m.get("firstRun.start"));
            cancel.setText(m.get("button.quit"));
            Role chosen = role.getValue();
            role.setConverter(Widgets.converter(r -> m.get("role." + r.code())));
            role.setValue(null);
            role.setValue(chosen); // shown again through the new converter
            Label hint = new Label(m.get("firstRun.hint", login));
            hint.setId("firstRunHint");
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            dialog.getDialogPane().setContent(new VBox(10, new FormGrid()
                    .add(m.get("firstRun.language"), null, language).node(), hint, new FormGrid()
                    .add(m.get("firstRun.displayName"), null, Widgets.text("firstRunName", name))
                    .add(m.get("firstRun.role"), null, role).node()));
        };
        speak.run();
        language.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                speak.run();
            }
        });
        Widgets.style(dialog.getDialogPane());
        return dialog.showAndWait().filter(b -> b == start)
                .map(b -> new Answer(name.get().trim().isEmpty() ? login : name.get().trim(), role.getValue(),
                        language.getValue()));
    }
}
