package app.gendan.ui.notify;

import app.gendan.service.Reminder;
import app.gendan.ui.AppContext;
import app.gendan.ui.Widgets;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * What fell due while Gendan was closed, as one list at start-up, with a way straight to Today.
 * Not modal: the board stays usable behind it.
 */
final class MissedSummaryDialog {
    private MissedSummaryDialog() {}

    static Dialog<ButtonType> show(AppContext ctx, Window owner, List<Reminder> missed, Runnable openToday) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                missed.stream().map(r -> ReminderTexts.line(ctx, r)).toList()));
        list.setId("missedList");
        list.setPrefSize(720, Math.min(360, 16 + missed.size() * 38));
        list.setMinHeight(list.getPrefHeight());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ctx.text("notify.missed.title"));
        dialog.setHeaderText(ctx.text("notify.missed.header", missed.size()));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        ButtonType today = new ButtonType(ctx.text("notify.action.today"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(ctx.text("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(today, close);
        dialog.getDialogPane().setId("missedSummary");
        dialog.getDialogPane().lookupButton(today).setId("missedOpenToday");
        dialog.getDialogPane().lookupButton(close).setId("missedClose");
        dialog.getDialogPane().setContent(list);
        dialog.setResizable(true);
        Widgets.style(dialog.getDialogPane());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == today) {
                openToday.run();
            }
        });
        dialog.show();
        return dialog;
    }
}
