package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.AlertKind;
import app.gendan.service.ReminderPreferences;
import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class ReminderSettingsTest extends UiTestBase {
    private final AtomicInteger wakes = new AtomicInteger();

    private void openSettings() {
        fx(() -> {
            main.onDataChanged(wakes::incrementAndGet);
            return null;
        });
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> lookup("#reminderLead").tryQuery().isPresent()
                && "15".equals(lookup("#reminderLead").queryTextInputControl().getText()));
    }

    private void replace(String id, String text) {
        clickOn(id);
        fx(() -> {
            lookup(id).queryTextInputControl().clear();
            return null;
        });
        if (!text.isEmpty()) {
            write(text);
        }
    }

    private String error(String field) {
        Label l = lookup("#error-" + field).queryAs(Label.class);
        return fx(() -> l.isVisible() ? l.getText() : null);
    }

    @Test
    void showsTheDefaults() {
        openSettings();
        assertThat(lookup("#reminderQuietStart").queryTextInputControl().getText()).isEmpty();
        assertThat(lookup("#reminderKind-stuck").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#reminderKind-no_next_step").queryAs(CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void badInputIsExplainedUnderItsFieldAndNothingIsSaved() {
        openSettings();
        replace("#reminderLead", "soon");
        replace("#reminderQuietStart", "22:00");
        clickOn("#reminderSave");
        waitUntil(() -> error("leadTime") != null);
        assertThat(error("leadTime")).isEqualTo(messages.get("settings.reminders.badMinutes", 10080));
        assertThat(error("quietEnd")).isEqualTo(messages.get("settings.reminders.quietBoth"));

        replace("#reminderLead", "20000");
        replace("#reminderQuietEnd", "25:99");
        clickOn("#reminderSave");
        waitUntil(() -> messages.get("validation.leadTime").equals(error("leadTime")));
        assertThat(error("quietEnd")).isEqualTo(messages.get("settings.reminders.badTime"));
        assertThat(error("quietStart")).isNull();
        assertThat(ws.reminders().preferences(me.id())).isEqualTo(defaults());
        assertThat(wakes.get()).isZero();
    }

    private static ReminderPreferences defaults() {
        return ReminderPreferences.DEFAULT;
    }

    @Test
    void savedPreferencesAreStoredAndTheSchedulerIsWoken() {
        openSettings();
        replace("#reminderLead", "30");
        replace("#reminderQuietStart", "22:00");
        replace("#reminderQuietEnd", "7:30");
        clickOn("#reminderKind-stuck");
        clickOn("#reminderKind-no_next_step");
        clickOn("#reminderSave");
        waitUntil(() -> lookup(messages.get("settings.reminders.saved")).tryQuery().isPresent());
        clickOn(messages.get("button.ok"));

        ReminderPreferences saved = ws.reminders().preferences(me.id());
        assertThat(saved.leadTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(saved.quietStart()).isEqualTo(LocalTime.of(22, 0));
        assertThat(saved.quietEnd()).isEqualTo(LocalTime.of(7, 30));
        assertThat(saved.alertKinds()).contains(AlertKind.NO_NEXT_STEP, AlertKind.LATE_PAYMENT).doesNotContain(AlertKind.STUCK);
        assertThat(wakes.get()).as("the main window was told, which wakes the reminder scheduler").isPositive();
        assertThat(error("leadTime")).isNull();
    }
}
