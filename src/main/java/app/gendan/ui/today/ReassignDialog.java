package app.gendan.ui.today;

import app.gendan.domain.User;
import app.gendan.ui.AppContext;
import app.gendan.ui.Widgets;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Asks who takes over a next step; the current owner is preselected. */
final class ReassignDialog {
    private ReassignDialog() {}

    static Optional<User> ask(AppContext ctx, List<User> users, long currentOwnerId) {
        ComboBox<User> owner = new ComboBox<>(FXCollections.observableArrayList(users));
        owner.setId("reassignOwner");
        owner.setConverter(Widgets.converter(User::displayName));
        users.stream().filter(u -> u.id() == currentOwnerId).findFirst().ifPresent(owner::setValue);
        Dialog<User> dialog = new Dialog<>();
        dialog.setTitle(ctx.text("today.reassign.title"));
        Widgets.owner().ifPresent(dialog::initOwner);
        ButtonType ok = new ButtonType(ctx.text("today.action.reassign"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setId("reassignDialog");
        dialog.getDialogPane().lookupButton(ok).setId("reassignOk");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(owner.valueProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> owner.getValue() != null && owner.getValue().id() == currentOwnerId, owner.valueProperty())));
        dialog.getDialogPane().setContent(new VBox(8, new Label(ctx.text("today.reassign.owner")), owner));
        Widgets.style(dialog.getDialogPane());
        dialog.setResultConverter(b -> b == ok ? owner.getValue() : null);
        dialog.setOnShown(e -> Platform.runLater(owner::requestFocus));
        return dialog.showAndWait();
    }
}
