package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.Pipeline;
import app.gendan.domain.Priority;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.Stage;
import app.gendan.domain.User;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A fresh database in a temp folder, a signed-in user, the default pipeline, and the main window on it. */
abstract class UiTestBase extends FxRobot {
    @TempDir
    Path dir;

    protected Workspace ws;
    protected Messages messages;
    protected User me;
    protected Pipeline pipeline;
    protected List<Stage> stages;
    protected AppContext ctx;
    protected MainView main;
    private FxTasks tasks;

    protected Locale locale() { return Locale.ENGLISH; }

    /** The workspace's clock; a test that moves time returns a {@link app.gendan.testing.MutableClock} it keeps. */
    protected Clock clock() { return Clock.systemDefaultZone(); }

    /** The signed-in user's role. */
    protected Role role() { return Role.REP; }

    /** Seeds data through the services before the window opens. */
    protected void seed() { }

    @BeforeEach
    void openWindow() throws Exception {
        ws = Workspace.open(dir.resolve("t.mv.db"), clock());
        messages = new Messages(locale());
        me = ws.users().register("tester", "Tess Ter", role());
        pipeline = ws.pipelines().ensureDefault(messages);
        stages = ws.pipelines().openStages(pipeline.id());
        seed();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            app.gendan.ui.Theme.apply();
            tasks = new FxTasks();
            ctx = new AppContext(ws, messages, tasks, dir.resolve("settings.json"));
            main = new MainView(ctx);
            return main.root();
        });
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            stage.toFront();
        });
        FxToolkit.setupFixture(() -> main.start());
        waitUntil(() -> main.board().viewModel().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (main != null) {
            main.close();
        }
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
        ws.close();
    }

    // ---- seeding -------------------------------------------------------------------------

    protected Customer customer(String name) {
        return ws.customers().create(CustomerDraft.named(name), List.of(), true);
    }

    protected SalesOrder order(String title, Customer c, String amount, Priority priority, long ownerId) {
        OrderDraft d = OrderDraft.of(title, c.id(), ownerId, new BigDecimal(amount), LocalDate.now(ws.clock())).withPriority(priority);
        return ws.orders().create(pipeline.id(), d);
    }

    protected SalesOrder moveTo(SalesOrder o, int stageIndex) {
        return ws.orders().move(o.id(), o.version(), stages.get(stageIndex).id(), true);
    }

    protected void tickAll(long orderId) {
        ws.orders().checklist(orderId).forEach(i -> ws.orders().setChecklistItem(i.id(), true));
    }

    // ---- looking at the window -----------------------------------------------------------

    protected static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    protected static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within 15 s", e);
        }
    }

    /**
     * Clicks the node {@code find} gives until {@code took} holds. On a loaded machine a list can
     * still be laying out when the click lands, so the click is found and made again (up to three
     * times), the way a user clicks a second time when the first click fell between rows.
     */
    protected void clickUntil(Callable<javafx.scene.Node> find, Callable<Boolean> took) {
        AssertionError last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            clickOn(fx(find));
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(took));
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                last = new AssertionError("Click did not take after " + (attempt + 1) + " tries", e);
            }
        }
        throw last;
    }

    @SuppressWarnings("unchecked")
    protected ListView<BoardCard> column(int stageIndex) {
        return lookup("#column-" + stages.get(stageIndex).id()).queryAs(ListView.class);
    }

    protected List<String> orderNos(int stageIndex) {
        ListView<BoardCard> list = column(stageIndex);
        return fx(() -> list.getItems().stream().map(BoardCard::orderNo).toList());
    }

    protected long stageOf(SalesOrder o) {
        return ws.orders().get(o.id()).stageId();
    }

    protected void assertStage(SalesOrder o, int stageIndex) {
        assertThat(stageOf(o)).isEqualTo(stages.get(stageIndex).id());
    }
}
