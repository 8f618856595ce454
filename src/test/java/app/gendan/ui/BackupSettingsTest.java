package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.LocalSettings;
import app.gendan.service.backup.BackupFolder;
import app.gendan.service.backup.BackupInfo;
import app.gendan.service.backup.BackupProgress;
import app.gendan.service.backup.RestoreCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Settings → Backups: the last backup, Back up now, and Restore… from the backup folder. */
class BackupSettingsTest extends UiTestBase {
    private final AtomicReference<RestoreCheck> restored = new AtomicReference<>();

    private Path folder() { return dir.resolve("backups"); }

    @Override
    protected void seed() {
        try {
            new LocalSettings(null, null, folder().toString()).save(dir.resolve("settings.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        customer("上海华信精密机械有限公司");
    }

    private void openSettings() {
        fx(() -> {
            ctx.setDatabaseRestorer(restored::set);
            return null;
        });
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> lookup("#backupLast").tryQuery().isPresent() && !text("#backupLast").isEmpty());
        reveal();
    }

    /** Scrolls Settings so the Backups section is in the window, as a user scrolls to it. */
    private void reveal() {
        fx(() -> {
            javafx.scene.control.ScrollPane pane = lookup("#settingsView").queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node section = lookup("#backupSettings").query();
            javafx.scene.Node content = pane.getContent();
            double y = content.sceneToLocal(section.localToScene(0, 0)).getY();
            double range = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        Label l = lookup(id).queryAs(Label.class);
        return fx(l::getText);
    }

    @Test
    void backUpNowAndTheLastBackupShows() {
        openSettings();
        assertThat(text("#backupLast")).isEqualTo(messages.get("backup.none"));
        assertThat(text("#backupFolder")).isEqualTo(messages.get("backup.folder", folder()));

        clickOn("#backupNow");
        waitUntil(() -> text("#backupStatus").startsWith("Backed up to "));
        List<BackupInfo> backups = BackupFolder.list(folder());
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).verified()).isTrue();
        assertThat(text("#backupStatus")).contains(backups.get(0).file().getFileName().toString());
        assertThat(text("#backupLast")).startsWith("Last backup: ").contains("verified")
                .contains(backups.get(0).file().getFileName().toString());
    }

    @Test
    void restorePicksABackupFromTheFolderChecksItAndAsksFirst() {
        ws.backups().backup(folder(), BackupProgress.NONE, () -> false);
        customer("备份之后的客户");
        openSettings();
        waitUntil(() -> text("#backupLast").startsWith("Last backup: "));
        clickOn("#backupRestore");
        waitUntil(() -> lookup("#restoreList").tryQuery().isPresent()
                && lookup("#restoreList").queryAs(ListView.class).getItems().size() == 1);
        clickOn("#restoreRun");
        waitUntil(() -> lookup("#confirmOk").tryQuery().isPresent());
        DialogPane pane = lookup("#confirmOk").query().getParent().getParent().getParent() instanceof DialogPane d ? d
                : lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(fx(pane::getContentText)).contains("0 orders, 0 follow-ups, 1 customers").contains(folder().toString());
        assertThat(restored.get()).isNull();
        clickOn("#confirmOk");
        waitUntil(() -> restored.get() != null);
        try (RestoreCheck check = restored.get()) {
            assertThat(check.facts().rows("customer")).isEqualTo(1);
        }
        assertThat(lookup("#restoreDialog").tryQuery()).as("the dialog closed").isEmpty();
    }

    @Test
    void aDamagedBackupIsExplainedAndNothingHappens() throws IOException {
        Files.createDirectories(folder());
        Path damaged = Files.writeString(folder().resolve("gendan-2026-11-01T0900.mv.db.zip"), "not a zip at all");
        openSettings();
        clickOn("#backupRestore");
        waitUntil(() -> lookup("#restoreList").tryQuery().isPresent()
                && lookup("#restoreList").queryAs(ListView.class).getItems().size() == 1);
        clickOn("#restoreRun");
        waitUntil(() -> text("#restoreStatus").equals(messages.get("backup.error.damaged", damaged)));
        assertThat(restored.get()).isNull();
        assertThat(lookup("#confirmOk").tryQuery()).isEmpty();
        clickOn("#restoreClose");
    }
}
