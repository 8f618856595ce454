package app.gendan.ui.followup;

import app.gendan.domain.User;
import app.gendan.ui.AppContext;
import app.gendan.ui.Widgets;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks which colleague takes a step over. */
public final class ReassignDialog {
    private ReassignDialog() {}

    public static void ask(AppContext ctx, Window owner, List<User> users, long currentOwnerId, Consumer<User> onChosen) {
        Dialog<User> dialog = new Dialog<>();
        dialog.setTitle(ctx.text("followup.reassign.title"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Widgets.style(dialog.getDialogPane());
        dialog.getDialogPane().setId("reassignDialog");
        ComboBox<User> choice = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(users));
        choice.setId("reassignOwner");
        choice.setConverter(Widgets.converter(User::displayName));
        users.stream().filter(u -> u.id() == currentOwnerId).findFirst().ifPresent(choice::setValue);
        dialog.getDialogPane().setContent(new VBox(6, new Label(ctx.text("followup.reassign.to")), choice));
        ButtonType ok = new ButtonType(ctx.text("followup.reassign.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(ctx.text("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("reassignOk");
        // handing a step to the colleague who already has it would change nothing
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(choice.valueProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> choice.getValue() != null && choice.getValue().id() == currentOwnerId, choice.valueProperty())));
        dialog.setResultConverter(b -> b == ok ? choice.getValue() : null);
        dialog.setOnShown(e -> Platform.runLater(choice::requestFocus));
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onChosen.accept(dialog.getResult());
            }
        });
        dialog.show();
    }
}
