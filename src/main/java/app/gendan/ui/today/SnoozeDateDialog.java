package app.gendan.ui.today;

import app.gendan.ui.AppContext;
import app.gendan.ui.Widgets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Asks for the day a snoozed step comes back (at 09:00); only days after today can be chosen. */
final class SnoozeDateDialog {
    private SnoozeDateDialog() {}

    static Optional<LocalDate> ask(AppContext ctx, LocalDate today) {
        DatePicker picker = new DatePicker(today.plusDays(1));
        picker.setId("snoozeDate");
        picker.setConverter(ctx.formats().dateConverter());
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setDisable(empty || d == null || !d.isAfter(today));
            }
        });
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle(ctx.text("today.snooze.dateTitle"));
        Widgets.owner().ifPresent(dialog::initOwner);
        ButtonType ok = new ButtonType(ctx.text("today.action.snooze"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setId("snoozeDateDialog");
        dialog.getDialogPane().lookupButton(ok).setId("snoozeDateOk");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> picker.getValue() == null || !picker.getValue().isAfter(today), picker.valueProperty()));
        dialog.getDialogPane().setContent(new VBox(8, new Label(ctx.text("today.snooze.dateText")), picker));
        Widgets.style(dialog.getDialogPane());
        dialog.setResultConverter(b -> b == ok ? chosen(picker, today) : null);
        dialog.setOnShown(e -> Platform.runLater(picker.getEditor()::requestFocus));
        return dialog.showAndWait();
    }

    /** Enter closes the dialog before the picker reads its text, so a typed day is read here. */
    private static LocalDate chosen(DatePicker picker, LocalDate today) {
        try {
            LocalDate typed = picker.getConverter().fromString(picker.getEditor().getText());
            if (typed != null && typed.isAfter(today)) {
                return typed;
            }
        } catch (DateTimeParseException e) {
            // keep the day picked from the calendar
        }
        return picker.getValue();
    }
}
