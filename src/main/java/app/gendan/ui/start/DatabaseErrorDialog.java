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

    /** The file the user picked instead (an existing one to open, or a new one to create), or empty to quit. */
    public Optional<Path> ask(String message, Window owner) {
        ButtonType open = new ButtonType(m.get("settings.database.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType create = new ButtonType(m.get("settings.database.create"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(m.get("button.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, open, create, quit);
        alert.setTitle(m.get("startup.db.title"));
        alert.setHeaderText(m.get("startup.db.header"));
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == quit) {
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("settings.database.filter"), "*.mv.db"));
        if (answer.get() == open) {
            chooser.setTitle(m.get("settings.database.open"));
            File file = chooser.showOpenDialog(owner);
            return file == null ? ask(message, owner) : Optional.of(file.toPath());
        }
        chooser.setTitle(m.get("settings.database.create"));
        chooser.setInitialFileName("gendan.mv.db");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return ask(message, owner);
        }
        Path target = app.gendan.service.Workspace.fileFor(file.toPath());
        if (java.nio.file.Files.exists(target)) {
            // never replaced: an existing file is opened as it is
            return ask(m.get("settings.database.exists", target), owner);
        }
        return Optional.of(target);
    }
}
