package app.gendan.ui.start;

import app.gendan.domain.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The database could not be opened: say why, and offer another file or quitting. */
public final class DatabaseErrorDialog {
    private final Messages m;

    public DatabaseErrorDialog(Messages m) {
        this.m = m;
    }

    /** The file the user picked instead, or empty to quit. */
    public Optional<Path> ask(String message, Window owner) {
        ButtonType choose = new ButtonType(m.get("startup.db.choose"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(m.get("button.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, choose, quit);
        alert.setTitle(m.get("startup.db.title"));
        alert.setHeaderText(m.get("startup.db.header"));
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        if (alert.showAndWait().filter(b -> b == choose).isEmpty()) {
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("startup.db.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("settings.database.filter"), "*.mv.db"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty() : Optional.of(file.toPath());
    }
}
