package app.gendan.ui.settings;

import app.gendan.domain.AlertKind;
import app.gendan.domain.FieldError;
import app.gendan.domain.User;
import app.gendan.domain.ValidationException;
import app.gendan.service.ReminderPreferences;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.UiActions;
import app.gendan.ui.Widgets;
import app.gendan.ui.today.DueTexts;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The signed-in user's reminder preferences: lead time before a timed step, quiet hours, and
 * which order alerts notify. Saving tells the main window, which wakes the reminder scheduler.
 */
final class ReminderSettings {
    private final AppContext ctx;
    private final UiActions actions;
    private final StringProperty lead = new SimpleStringProperty("");
    private final StringProperty quietStart = new SimpleStringProperty("");
    private final StringProperty quietEnd = new SimpleStringProperty("");
    private final Map<AlertKind, CheckBox> kinds = new EnumMap<>(AlertKind.class);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Button save = new Button();

    ReminderSettings(AppContext ctx, UiActions actions) {
        this.ctx = ctx;
        this.actions = actions;
    }

    Node node() {
        TextField leadField = Widgets.text("reminderLead", lead);
        leadField.setPrefColumnCount(6);
        TextField startField = Widgets.text("reminderQuietStart", quietStart);
        startField.setPrefColumnCount(6);
        startField.setPromptText("22:00");
        TextField endField = Widgets.text("reminderQuietEnd", quietEnd);
        endField.setPrefColumnCount(6);
        endField.setPromptText("08:00");
        FlowPane boxes = new FlowPane(12, 6);
        for (AlertKind k : AlertKind.values()) {
            CheckBox c = new CheckBox(DueTexts.kind(ctx, k));
            c.setId("reminderKind-" + k.code());
            kinds.put(k, c);
            boxes.getChildren().add(c);
        }
        save.setText(ctx.text("button.save"));
        save.setId("reminderSave");
        save.setOnAction(e -> save());
        FormGrid form = new FormGrid()
                .add(ctx.text("settings.reminders.lead"), "leadTime", leadField)
                .add(ctx.text("settings.reminders.quietStart"), "quietStart", startField)
                .add(ctx.text("settings.reminders.quietEnd"), "quietEnd", endField)
                .add(ctx.text("settings.reminders.kinds"), null, boxes)
                .bindErrors(errors);
        load();
        return new VBox(6, form.node(), PipelineEditor.hint(ctx.text("settings.reminders.quietHint")), save);
    }

    private void load() {
        User me = ctx.user();
        if (me == null) {
            return;
        }
        ctx.tasks().run(() -> ctx.workspace().reminders().preferences(me.id()), this::show, ctx.errors()::show);
    }

    private void show(ReminderPreferences p) {
        ReminderPreferencesInput in = ReminderPreferencesInput.of(p);
        lead.set(in.leadMinutes());
        quietStart.set(in.quietStart());
        quietEnd.set(in.quietEnd());
        kinds.forEach((k, box) -> box.setSelected(p.alertKinds().contains(k)));
    }

    private void save() {
        Set<AlertKind> chosen = EnumSet.noneOf(AlertKind.class);
        kinds.forEach((k, box) -> {
            if (box.isSelected()) {
                chosen.add(k);
            }
        });
        ReminderPreferencesInput.Parsed parsed =
                new ReminderPreferencesInput(lead.get(), quietStart.get(), quietEnd.get(), chosen).parse();
        if (!parsed.ok()) {
            showErrors(parsed.errors());
            return;
        }
        errors.clear();
        User me = ctx.user();
        ReminderPreferences p = parsed.preferences();
        save.setDisable(true);
        ctx.tasks().run(() -> {
            ctx.workspace().reminders().savePreferences(me.id(), p);
            return p;
        }, saved -> {
            save.setDisable(false);
            actions.dataChanged("followup"); // when which step reminds changed: the scheduler wakes
            ctx.errors().info(ctx.text("settings.reminders"), ctx.text("settings.reminders.saved"));
        }, e -> {
            save.setDisable(false);
            if (e instanceof ValidationException v) {
                showErrors(v.errors());
            } else {
                ctx.errors().show(e);
            }
        });
    }

    private void showErrors(List<FieldError> list) {
        errors.clear();
        for (FieldError fe : list) {
            errors.put(fe.field(), ctx.messages().get(fe.messageKey(), fe.args().toArray()));
        }
    }
}
