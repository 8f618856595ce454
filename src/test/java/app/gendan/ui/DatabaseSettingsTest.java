package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Settings → Database tells which file is in use, how big it is and which computer serves it. */
class DatabaseSettingsTest extends UiTestBase {
    private String text(String id) {
        return fx(() -> lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void showsTheFileItsSizeAndThatThisComputerServesIt() {
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> lookup("#databaseServer").tryQuery().isPresent() && !text("#databaseServer").isEmpty());

        assertThat(text("#databasePath")).isEqualTo(dir.resolve("t.mv.db").toAbsolutePath().toString());
        assertThat(text("#databaseSize")).matches("[0-9.,]+ (KB|MB)");
        assertThat(text("#databaseServer")).isEqualTo("this computer");
        // the last backup: none, or the one taken automatically when the app started, checked after writing
        assertThat(text("#databaseLastBackup")).matches("None yet \\(Settings → Backups to back up now\\)"
                + "|.+, [0-9.,]+ (KB|MB), verified \\(Settings → Backups to back up now or restore\\)");
        assertThat(lookup("#openDatabase").tryQuery()).isPresent();
        assertThat(lookup("#createDatabase").tryQuery()).isPresent();
    }
}
