package app.gendan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.domain.Role;
import app.gendan.domain.Stage;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.ChangeWatcher;
import app.gendan.service.Workspace;
import app.gendan.testing.TestWorkspace;
import app.gendan.ui.AppContext;
import app.gendan.ui.FxTasks;
import app.gendan.ui.MainView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What one card move by one of three apps on a shared file costs the apps: how many screens reload
 * and how many database calls (reads and transactions) that makes, in the mover and in the two
 * others. "before" replays how the apps reacted until now (a save reloaded every screen, and every
 * app, the mover too, reloaded every screen again for each new change-feed row); "after" is Gendan
 * now (a save reloads the screens showing orders; the watcher skips the app's own rows and reloads
 * only what shows what a colleague changed). One JSON line per change and variant.
 */
@Tag("bench")
class RefreshBenchmark {
    @TempDir
    Path dir;

    private record App(Workspace ws, MainView main, FxTasks tasks, ChangeWatcher watcher, long[] seen) {}

    @Test
    void oneCardMoveByOneOfThreeApps() throws Exception {
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            for (int i = 0; i < 40; i++) {
                t.order("订单 " + i, t.customer("客户公司 " + i), "1000");
            }
        }
        FxToolkit.registerPrimaryStage();
        Platform.runLater(() -> app.gendan.ui.Theme.apply());
        for (String change : List.of("card_move", "setting_saved")) {
            for (String variant : List.of("before", "after")) {
                measure(change, variant);
            }
        }
    }

    /**
     * One change by the first of three apps, and what it cost each: a card moved to the next stage
     * (the others show it on their board and Today), or the order-number pattern saved in Settings
     * (no screen shows it).
     */
    private void measure(String change, String variant) throws Exception {
        List<App> apps = new ArrayList<>();
        for (String login : List.of("wangwu", "lisi", "zhaoliu")) {
            apps.add(open(login));
        }
        try {
            settle(apps);
            // what the others did while opening (registering their users) is already seen
            for (App a : apps) {
                a.watcher().poll();
                a.seen()[0] = a.ws().latestChange();
            }
            settle(apps);
            long[] calls = apps.stream().mapToLong(a -> a.ws().databaseCalls()).toArray();
            int[] reloads = apps.stream().mapToInt(a -> fx(() -> a.main().reloads())).toArray();

            App mover = apps.get(0);
            String entity;
            if (change.equals("card_move")) {
                long pipeline = mover.ws().pipelines().defaultPipeline().id();
                List<Stage> stages = mover.ws().pipelines().openStages(pipeline);
                BoardCard card = mover.ws().board().load(pipeline).cards().stream()
                        .filter(c -> c.stageId() == stages.get(0).id()).findFirst().orElseThrow();
                mover.ws().orders().move(card.orderId(), card.version(), stages.get(1).id(), true);
                entity = "order";
            } else {
                mover.ws().settings().setOrderNumberPattern("GD-{yyyy}-{seq:000000}");
                entity = "setting";
            }
            fx(() -> {
                if (variant.equals("before")) {
                    mover.main().dataChanged(); // the save's callback reloaded every screen
                } else {
                    mover.main().dataChanged(entity);
                }
                return null;
            });
            settle(apps);
            for (App a : apps) {
                poll(a, variant);
            }
            settle(apps);

            long moverCalls = mover.ws().databaseCalls() - calls[0];
            int moverReloads = fx(() -> mover.main().reloads()) - reloads[0];
            long otherCalls = 0;
            int otherReloads = 0;
            for (int i = 1; i < apps.size(); i++) {
                App a = apps.get(i);
                otherCalls += a.ws().databaseCalls() - calls[i];
                otherReloads += fx(() -> a.main().reloads()) - reloads[i];
            }
            System.out.println(String.format(Locale.ROOT,
                    "{\"bench\":\"refresh_after_%s\",\"variant\":\"%s\",\"apps\":3,\"mover_reloads\":%d,"
                            + "\"mover_db_calls\":%d,\"others_reloads\":%d,\"others_db_calls\":%d,\"cores\":%d}",
                    change, variant, moverReloads, moverCalls, otherReloads, otherCalls,
                    Runtime.getRuntime().availableProcessors()));
            if (change.equals("card_move")) {
                assertThat(otherReloads).as("the colleagues' boards reloaded").isGreaterThanOrEqualTo(2);
            } else if (variant.equals("after")) {
                assertThat(otherReloads).as("no colleague's screen shows the setting").isZero();
            }
        } finally {
            for (App a : apps) {
                a.watcher().close();
                fx(() -> {
                    a.main().close();
                    return null;
                });
                a.tasks().close();
                a.ws().close();
            }
            FxToolkit.cleanupStages();
        }
    }

    private App open(String login) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("gendan.mv.db"), Clock.systemDefaultZone());
        ws.users().signIn(login).orElseGet(() -> ws.users().register(login, login, Role.MANAGER));
        FxTasks tasks = new FxTasks();
        MainView main = fx(() -> {
            AppContext ctx = new AppContext(ws, new Messages(Locale.SIMPLIFIED_CHINESE), tasks, dir.resolve(login + ".json"));
            MainView view = new MainView(ctx);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new Scene(view.root(), 1280, 800));
            stage.show();
            view.start();
            view.showToday(); // the board and Today both show data, as in a rep's window
            return view;
        });
        return new App(ws, main, tasks, new ChangeWatcher(ws, changes -> Platform.runLater(() -> main.colleaguesChanged(changes))),
                new long[] {ws.latestChange()});
    }

    /** One look at the change feed, as each app's watcher takes every few seconds. */
    private static void poll(App a, String variant) {
        if (variant.equals("after")) {
            a.watcher().poll();
            return;
        }
        // until now: any new row, the app's own included, reloaded every screen
        long latest = a.ws().latestChange();
        if (latest != a.seen()[0]) {
            a.seen()[0] = latest;
            fx(() -> {
                a.main().dataChanged();
                return null;
            });
        }
    }

    /** Waits until no app has work in flight. */
    private static void settle(List<App> apps) throws Exception {
        for (int round = 0; round < 3; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            for (App a : apps) {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> a.tasks().runningProperty().get() == 0));
            }
            Thread.sleep(300);
        }
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
