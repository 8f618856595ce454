package app.gendan.ui.followup;

import app.gendan.domain.SnoozeChoice;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.Widgets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Asks until when to snooze a step: a day (tomorrow by default; no day before today) and a time
 * (09:00 by default, or when left empty). The moment must lie ahead. Today and the moment are
 * read on {@code clock}, in its zone, so the dialog and the quick choices agree.
 */
final class SnoozeDateDialog {
    private SnoozeDateDialog() {}

    static void ask(AppContext ctx, Window owner, Clock clock, Consumer<Instant> onChosen) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ctx.text("followup.snooze.title"));
        Window parent = owner != null ? owner : Widgets.owner().orElse(null);
        if (parent != null) {
            dialog.initOwner(parent);
        }
        Widgets.style(dialog.getDialogPane());
        dialog.getDialogPane().setId("snoozeDateDialog");
        LocalDate today = LocalDate.now(clock);
        DatePicker date = new DatePicker(today.plusDays(1));
        date.setId("snoozeDate");
        date.setConverter(ctx.formats().dateConverter());
        date.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setDisable(empty || d == null || d.isBefore(today));
            }
        });
        TextField time = new TextField(TimeText.format(SnoozeChoice.MORNING));
        time.setId("snoozeTime");
        time.setPrefColumnCount(5);
        ObservableMap<String, String> errors = FXCollections.observableHashMap();
        dialog.getDialogPane().setContent(new FormGrid()
                .add(ctx.text("followup.snooze.date"), "date", date)
                .add(ctx.text("followup.snooze.time"), "time", time)
                .bindErrors(errors).node());
        ButtonType ok = new ButtonType(ctx.text("followup.snooze.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(ctx.text("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("snoozeDateOk");
        // Enter reaches the button before the picker has read its text, so the typed day is read here
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            errors.clear();
            LocalDate day;
            try {
                day = date.getConverter().fromString(date.getEditor().getText());
            } catch (DateTimeParseException ex) {
                day = null;
            }
            LocalTime at;
            try {
                at = TimeText.parse(time.getText());
            } catch (DateTimeParseException ex) {
                errors.put("time", ctx.text("followup.time.invalid"));
                e.consume();
                return;
            }
            if (day == null) {
                errors.put("date", ctx.text("followup.date.invalid"));
                e.consume();
                return;
            }
            Instant until = day.atTime(at == null ? SnoozeChoice.MORNING : at).atZone(clock.getZone()).toInstant();
            if (!until.isAfter(clock.instant())) {
                errors.put(day.isBefore(today) ? "date" : "time", ctx.text("followup.snooze.past"));
                e.consume();
                return;
            }
            onChosen.accept(until);
        });
        dialog.setOnShown(e -> Platform.runLater(date.getEditor()::requestFocus));
        dialog.show();
    }
}
