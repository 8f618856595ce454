package app.gendan.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.DueItem;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
import app.gendan.testing.MutableClock;
import app.gendan.testing.TestWorkspace;
import app.gendan.ui.AppContext;
import app.gendan.ui.FxTasks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Today view-model on a real database, with no window: the JavaFX toolkit runs only for its tasks. */
class TodayViewModelTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:03:00Z"), ZoneId.of("Asia/Shanghai"));
    private TestWorkspace t;
    private FxTasks tasks;
    private SalesOrder order;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        t = TestWorkspace.create(dir, clock, Locale.ENGLISH);
        tasks = new FxTasks();
        order = t.order("Solar brackets", t.customer("Ruifeng Energy"), "88000");
    }

    @AfterEach
    void close() {
        tasks.close();
        t.close();
    }

    private TodayViewModel started() {
        AppContext ctx = new AppContext(t.ws, t.messages, tasks, dir.resolve("settings.json"));
        TodayViewModel vm = fx(() -> new TodayViewModel(ctx));
        fx(() -> {
            vm.start();
            return null;
        });
        waitUntil(() -> vm.loadsProperty().get() > 0);
        return vm;
    }

    private FollowUp step(String action, LocalDate due, long owner) {
        return t.ws.followUps().log(new FollowUpDraft(0, order.id(), clock.instant(), FollowUpMethod.PHONE, "Called",
                null, null, action, due, null, owner));
    }

    private static List<String> actions(List<DueItem> items) {
        return items.stream().map(i -> i.step().action()).toList();
    }

    @Test
    void loadsTheThreeGroupsOfTheSignedInRep() {
        step("Yesterday's call", LocalDate.of(2026, 11, 22), t.me.id());
        step("Today's call", LocalDate.of(2026, 11, 23), t.me.id());
        step("Friday's visit", LocalDate.of(2026, 11, 27), t.me.id());
        step("Next month", LocalDate.of(2026, 12, 20), t.me.id());
        TodayViewModel vm = started();
        var due = fx(() -> vm.dueProperty().get());
        assertThat(actions(due.overdue())).containsExactly("Yesterday's call");
        assertThat(actions(due.today())).containsExactly("Today's call");
        assertThat(actions(due.upcoming())).as("seven days ahead, no further").containsExactly("Friday's visit");
        assertThat(fx(() -> vm.overdueCountProperty().get())).isEqualTo(1);
        assertThat(fx(() -> vm.managerProperty().get())).isFalse();
        assertThat(fx(vm::ownerId)).isEqualTo(t.me.id());
    }

    @Test
    void aRepNeverSeesAColleaguesSteps() {
        User lisi = t.ws.users().register("lisi", "Li Si", Role.REP);
        step("Her call", LocalDate.of(2026, 11, 22), lisi.id());
        TodayViewModel vm = started();
        assertThat(fx(() -> vm.dueProperty().get().size())).isZero();
        assertThat(fx(() -> vm.scopes().size())).isEqualTo(1);
    }

    @Test
    void doneRemovesTheStepAndReloads() {
        FollowUp f = step("Today's call", LocalDate.of(2026, 11, 23), t.me.id());
        TodayViewModel vm = started();
        DueItem item = fx(() -> vm.dueProperty().get().today().get(0));
        int before = fx(() -> vm.loadsProperty().get());
        fx(() -> {
            vm.done(item);
            return null;
        });
        waitUntil(() -> vm.loadsProperty().get() > before);
        assertThat(fx(() -> vm.dueProperty().get().size())).isZero();
        assertThat(t.ws.followUps().get(f.id()).nextStep().doneAt()).isNotNull();
    }

    @Test
    void checkDayReloadsOnlyWhenTheDayHasTurned() {
        step("Today's call", LocalDate.of(2026, 11, 23), t.me.id());
        TodayViewModel vm = started();
        clock.advance(Duration.ofHours(9)); // 23:03, still Monday
        assertThat(fx(vm::checkDay)).isFalse();
        clock.advance(Duration.ofMinutes(58)); // Tuesday 00:01
        int before = fx(() -> vm.loadsProperty().get());
        assertThat(fx(vm::checkDay)).isTrue();
        waitUntil(() -> vm.loadsProperty().get() > before);
        assertThat(actions(fx(() -> vm.dueProperty().get().overdue()))).containsExactly("Today's call");
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within 15 s", e);
        }
    }
}
