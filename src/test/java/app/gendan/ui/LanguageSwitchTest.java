package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.i18n.Messages;
import app.gendan.service.LocalSettings;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Settings → Language rebuilds the window in the new language, default stage names included. */
class LanguageSwitchTest extends UiTestBase {
    @Override
    protected Locale locale() { return Locale.SIMPLIFIED_CHINESE; }

    private String columnName(int stage) {
        return fx(() -> lookup("#column-name-" + stages.get(stage).id()).queryAs(Label.class).getText());
    }

    @Test
    void switchingToEnglishShowsTheDefaultStagesInEnglish() {
        ws.useLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(columnName(1)).isEqualTo("报价");
        // as the application does: a new window in the new language on the same workspace
        ctx.setLanguageSwitcher(l -> {
            main.close();
            AppContext next = new AppContext(ws, new Messages(l), ctx.tasks(), ctx.settingsFile());
            main = new MainView(next);
            lookup("#navSettings").query().getScene().setRoot(main.root());
            main.start();
        });

        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> lookup("#languageChoice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Locale> choice = lookup("#languageChoice").queryAs(ComboBox.class);
        // the language row sits low on the settings page: chosen and applied as a click would
        fx(() -> {
            choice.setValue(Locale.ENGLISH);
            lookup("#languageApply").queryAs(javafx.scene.control.Button.class).fire();
            return null;
        });

        clickOn("#navBoard");
        waitUntil(() -> lookup("#column-name-" + stages.get(1).id()).tryQuery().isPresent()
                && "Quotation".equals(columnName(1)));
        assertThat(columnName(0)).isEqualTo("Needs confirmed");
        assertThat(LocalSettings.load(ctx.settingsFile()).language()).isEqualTo("en");
    }
}
