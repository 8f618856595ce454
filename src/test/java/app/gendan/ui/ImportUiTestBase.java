package app.gendan.ui;

import app.gendan.domain.BoardCard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;

/** The main window plus helpers to drive the import wizard on copies of the sample trackers. */
abstract class ImportUiTestBase extends UiTestBase {

    /** Copies {@code /trackers/<name>} into this test's temp folder and returns the copy. */
    protected Path tracker(String name) {
        Path target = dir.resolve("in").resolve(Path.of(name).getFileName().toString());
        try (InputStream in = getClass().getResourceAsStream("/trackers/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test tracker " + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return target;
    }

    protected void openWizard() {
        clickOn("#navData");
        clickOn("#importTracker");
        waitUntil(() -> lookup("#importFile").tryQuery().isPresent());
    }

    /** Types the path as a user would, then Next. */
    protected void chooseFile(Path file) {
        clickOn("#importFile").write(file.toString());
        next();
    }

    protected void next() {
        waitUntil(() -> !lookup("#wizardNext").queryAs(Button.class).isDisabled());
        clickOn("#wizardNext");
    }

    protected void back() {
        waitUntil(() -> !lookup("#wizardBack").queryAs(Button.class).isDisabled());
        clickOn("#wizardBack");
    }

    /** Waits until the wizard shows the page titled by {@code titleKey} (e.g. wizard.step.preview) and is idle. */
    protected void waitForStep(String titleKey) {
        String title = messages.get(titleKey);
        waitUntil(() -> peek("#wizardTitle").endsWith(title) && !lookup("#wizardBusy").query().isVisible());
    }

    /** Waits for a node to be in the scene graph (a page's scroll pane shows its content from the next pulse on). */
    protected <T extends javafx.scene.Node> T await(String id) {
        waitUntil(() -> lookup(id).tryQuery().isPresent());
        return lookup(id).query();
    }

    /** The text of a label, once it is there. Call from the test thread. */
    protected String text(String id) {
        await(id);
        return fx(() -> lookup(id).queryAs(Labeled.class).getText());
    }

    /** The text of a label now, "" when it is not there. For waitUntil conditions, which run on the FX thread. */
    protected String peek(String id) {
        return fx(() -> lookup(id).tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    }

    protected boolean showing(String id) {
        return fx(() -> lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }

    @SuppressWarnings("unchecked")
    protected <T> ComboBox<T> combo(String id) {
        return await(id);
    }

    /** What a combo box shows for its value. */
    protected String comboText(String id) {
        ComboBox<Object> c = combo(id);
        return fx(() -> c.getConverter().toString(c.getValue()));
    }

    /** The order numbers on every column of the board. */
    protected List<String> boardOrderNos() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            int s = i;
            all.addAll(fx(() -> column(s).getItems().stream().map(BoardCard::orderNo).toList()));
        }
        return all;
    }
}
