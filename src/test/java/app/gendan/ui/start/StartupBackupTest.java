package app.gendan.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Role;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.AppPaths;
import app.gendan.service.Workspace;
import app.gendan.service.backup.BackupFolder;
import app.gendan.service.backup.BackupInfo;
import app.gendan.service.backup.BackupKind;
import app.gendan.testing.DbDump;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application on a database of its own: the automatic backup once the board shows,
 * then Settings → Restore…, which closes the database, restores and opens it again; closing
 * the app the same day adds no second backup.
 */
class StartupBackupTest extends FxRobot {
    @TempDir
    Path dir;

    private String savedHome;
    private Locale savedLocale;
    private Path db;
    private Startup startup;

    @BeforeEach
    void aDatabaseWithItsUser() {
        savedHome = System.getProperty("gendan.home");
        savedLocale = Locale.getDefault();
        System.setProperty("gendan.home", dir.resolve("home").toString());
        Locale.setDefault(Locale.ENGLISH);
        db = dir.resolve("data/gendan.mv.db");
        try (Workspace ws = Workspace.open(db, Clock.systemDefaultZone())) {
            ws.users().register(AppPaths.osLogin(), "Tess Ter", Role.ADMIN);
            ws.pipelines().ensureDefault(new Messages(Locale.ENGLISH));
            ws.customers().create(app.gendan.domain.CustomerDraft.named("Before Backup Ltd."), List.of(), true);
        }
    }

    @AfterEach
    void restoreProperties() throws Exception {
        if (startup != null) {
            Startup s = startup;
            WaitForAsyncUtils.asyncFx(s::stop).get(120, TimeUnit.SECONDS);
        }
        FxToolkit.cleanupStages();
        System.setProperty("gendan.home", savedHome);
        Locale.setDefault(savedLocale);
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within " + seconds + " s", e);
        }
    }

    private Path backups() { return dir.resolve("home/backups"); }

    private List<BackupInfo> listed() { return BackupFolder.list(backups()); }

    @Test
    void backsUpAfterStartAndRestoresFromSettings() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            app.gendan.ui.Theme.apply();
            startup = new Startup(stage, db);
            startup.begin();
        });
        waitUntil(60, () -> lookup("#pipelineChoice").tryQuery().isPresent());
        waitUntil(60, () -> listed().size() == 1);
        BackupInfo auto = listed().get(0);
        assertThat(auto.verified()).isTrue();
        assertThat(auto.rows("customer")).isEqualTo(1);

        // a colleague's change after the backup, made through a second connection to the open file
        try (Workspace other = Workspace.open(db, Clock.systemDefaultZone())) {
            other.users().signIn(AppPaths.osLogin()).orElseThrow();
            other.customers().create(app.gendan.domain.CustomerDraft.named("After Backup Ltd."), List.of(), true);
        }
        assertThat(DbDump.count(db.getParent(), "SELECT COUNT(*) FROM customer")).isEqualTo(2);

        clickOn("#navSettings");
        fx(() -> { // scroll to the Backups section, as a user would
            ScrollPane pane = lookup("#settingsView").queryAs(ScrollPane.class);
            javafx.scene.Node content = pane.getContent();
            double y = content.sceneToLocal(lookup("#backupSettings").query().localToScene(0, 0)).getY();
            double range = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#backupRestore");
        waitUntil(15, () -> lookup("#restoreList").tryQuery().isPresent()
                && !lookup("#restoreList").queryListView().getItems().isEmpty());
        clickOn("#restoreRun");
        waitUntil(30, () -> lookup("#confirmOk").tryQuery().isPresent());
        clickOn("#confirmOk");

        // the database closes, the backup goes in, the database opens again and says where the old one went
        String done = new Messages(Locale.ENGLISH).get("restore.done", "").substring(0, 20);
        waitUntil(60, () -> lookup(".dialog-pane").tryQuery().isPresent()
                && lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText() != null
                && lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText()
                        .startsWith(done));
        clickOn(lookup(".dialog-pane .button").queryAs(Button.class));
        waitUntil(60, () -> lookup("#pipelineChoice").tryQuery().isPresent());
        assertThat(DbDump.count(db.getParent(), "SELECT COUNT(*) FROM customer")).isEqualTo(1);
        assertThat(listed()).extracting(BackupInfo::kind).containsExactlyInAnyOrder(BackupKind.BACKUP, BackupKind.BEFORE_RESTORE);
        BackupInfo kept = listed().stream().filter(b -> b.kind() == BackupKind.BEFORE_RESTORE).findFirst().orElseThrow();
        assertThat(kept.rows("customer")).isEqualTo(2);

        Startup s = startup;
        startup = null;
        WaitForAsyncUtils.asyncFx(s::stop).get(120, TimeUnit.SECONDS);
        assertThat(listed()).as("closing the same day adds no backup").hasSize(2);
    }
}
