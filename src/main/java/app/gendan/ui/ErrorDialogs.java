package app.gendan.ui;

import app.gendan.domain.GendanException;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.AppPaths;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the user what went wrong in words they can act on; never a stack trace. */
public final class ErrorDialogs {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private final Messages messages;

    public ErrorDialogs(Messages messages) {
        this.messages = messages;
    }

    /** The text to show for any failure: the localised message, or error.generic (and a log entry). */
    public String text(Throwable t) {
        if (t instanceof GendanException g) {
            return messages.of(g);
        }
        LOG.error("Unexpected error", t);
        return messages.get("error.generic", AppPaths.logs().resolve("gendan.log"));
    }

    public void show(Throwable t) {
        Alert alert = alert(Alert.AlertType.ERROR, messages.get("dialog.error.title"), text(t));
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    public void info(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text).showAndWait();
    }

    /** Asks yes or no; the OK button gets the id {@code confirmOk}, cancel {@code confirmCancel}. */
    public boolean confirm(String title, String header, String text, String okLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, text);
        alert.setHeaderText(header);
        alert.getButtonTypes().setAll(ok, cancel);
        alert.getDialogPane().lookupButton(ok).setId("confirmOk");
        alert.getDialogPane().lookupButton(cancel).setId("confirmCancel");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    public Alert alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type, text);
        alert.setTitle(title);
        alert.setHeaderText(null);
        ownerWindow().ifPresent(alert::initOwner);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }

    static Optional<Window> ownerWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .or(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst());
    }
}
