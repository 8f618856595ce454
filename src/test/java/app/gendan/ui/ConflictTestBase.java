package app.gendan.ui;

import app.gendan.domain.Role;
import app.gendan.domain.User;
import app.gendan.service.Workspace;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A colleague, Li Si, with a Gendan of their own on the same database file: a second connection
 * that saves through the services while the user has a form open in the window.
 */
abstract class ConflictTestBase extends UiTestBase {
    protected Workspace colleague;
    protected User lisi;

    @BeforeEach
    void openColleaguesGendan() {
        lisi = ws.users().register("lisi", "Li Si", Role.REP);
        colleague = Workspace.open(dir.resolve("t.mv.db"), Clock.systemDefaultZone());
        colleague.users().signIn("lisi").orElseThrow();
    }

    @AfterEach
    void closeColleaguesGendan() {
        if (colleague != null) {
            colleague.close();
        }
    }

    /** Replaces the text of a field the way a user does: click, select all, type. */
    protected void retype(String query, String text) {
        clickOn(query);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        waitUntil(() -> text(query).equals(text));
    }

    protected String text(String query) {
        return fx(() -> lookup(query).queryAs(TextInputControl.class).getText());
    }

    /** The note the form shows after a refused save ("" while none shows). */
    protected String note() {
        return fx(() -> lookup("#mergeNote").match(Node::isVisible).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    protected String cell(String id) {
        return fx(() -> lookup("#conflictDialog").lookup(id).queryAs(Label.class).getText());
    }

    protected void waitForConflictDialog() {
        waitUntil(() -> lookup("#conflictDialog").tryQuery().isPresent());
    }
}
