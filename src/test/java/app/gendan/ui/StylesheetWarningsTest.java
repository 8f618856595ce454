package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.Pos;
import org.controlsfx.control.Notifications;
import org.junit.jupiter.api.Test;

/**
 * Every screen and a reminder popup are styled without a CSS warning: ControlsFX's stylesheets
 * refer to Modena colours that the theme must supply (see {@link Theme}).
 */
class StylesheetWarningsTest extends UiTestBase {
    private static final List<String> WARNINGS = new CopyOnWriteArrayList<>();
    /** Held so the logger (and its handler) is not collected. */
    private static final Logger CSS = Logger.getLogger("javafx.css");

    static {
        CSS.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    WARNINGS.add(String.valueOf(r.getMessage()));
                }
            }

            @Override public void flush() { }

            @Override public void close() { }
        });
    }

    @Test
    void screensAndPopupsAreStyledWithoutWarnings() {
        customer("Acme Pumps");
        for (String nav : List.of("#navToday", "#navCustomers", "#navSettings", "#navBoard")) {
            clickOn(nav);
            waitForFxEvents();
        }
        fx(() -> {
            Notifications.create().owner(main.root().getScene().getWindow()).position(Pos.BOTTOM_RIGHT)
                    .styleClass("gendan-reminder").title("Call back").text("Acme Pumps").show();
            return null;
        });
        waitForFxEvents();
        sleep(500);
        assertThat(WARNINGS).isEmpty();
    }

    private static void waitForFxEvents() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
