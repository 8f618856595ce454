package app.gendan.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.SnoozeChoice;
import app.gendan.domain.User;
import app.gendan.service.HistoryLine;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The follow-up timeline's view-model on a real database, with no window: the JavaFX toolkit runs only for its tasks. */
class FollowUpTimelineViewModelTest {
    @TempDir
    Path dir;

    /** Monday 23 November 2026, 14:03 in Shanghai (06:03 UTC: the zone decides the day and the morning). */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:03:00Z"), ZoneId.of("Asia/Shanghai"));
    private TestWorkspace t;
    private FxTasks tasks;
    private Customer customer;
    private SalesOrder order;
    private final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        t = TestWorkspace.create(dir, clock, Locale.ENGLISH);
        tasks = new FxTasks();
        customer = t.customer("Ruifeng Energy");
        order = t.order("Solar brackets", customer, "88000");
    }

    @AfterEach
    void close() {
        tasks.close();
        t.close();
    }

    private FollowUp log(Long orderId, int hoursAgo, String summary, String action, LocalDate due) {
        return t.ws.followUps().log(new FollowUpDraft(customer.id(), orderId, clock.instant().minus(Duration.ofHours(hoursAgo)),
                FollowUpMethod.PHONE, summary, null, null, action, due, null, action == null ? null : t.me.id()));
    }

    private FollowUpTimelineViewModel showingTheOrder() {
        AppContext ctx = new AppContext(t.ws, t.messages, tasks, dir.resolve("settings.json"));
        FollowUpTimelineViewModel vm = fx(() -> new FollowUpTimelineViewModel(ctx, changed::incrementAndGet));
        fx(() -> {
            vm.showOrder(customer.id(), order.id());
            return null;
        });
        waitUntil(() -> vm.loadsProperty().get() > 0);
        return vm;
    }

    private FollowUp shown(FollowUpTimelineViewModel vm, long id) {
        return fx(() -> vm.followUps().stream().filter(f -> f.id() == id).findFirst().orElseThrow());
    }

    /** Runs {@code write} on the FX thread and waits for the reload it causes. */
    private void andWaitForTheReload(FollowUpTimelineViewModel vm, Runnable write) {
        int before = fx(() -> vm.loadsProperty().get());
        fx(() -> {
            write.run();
            return null;
        });
        waitUntil(() -> vm.loadsProperty().get() > before);
    }

    @Test
    void loadsTheOrdersFollowUpsOpenStepFirstWithTheNamesTheCellsShow() {
        FollowUp met = log(order.id(), 1, "Met at the fair", null, null);
        FollowUp quote = log(order.id(), 5, "Asked for a quote", "Send quote", LocalDate.of(2026, 11, 25));
        log(null, 2, "Intro call about another line", null, null);
        FollowUpTimelineViewModel vm = showingTheOrder();
        assertThat(fx(() -> vm.followUps().stream().map(FollowUp::id).toList())).containsExactly(quote.id(), met.id());
        assertThat(fx(() -> vm.userNamesProperty().get())).containsEntry(t.me.id(), t.me.displayName());
        assertThat(fx(() -> vm.orderIdProperty().get())).isEqualTo(order.id());
        assertThat(fx(() -> vm.canLogProperty().get())).isTrue();

        fx(() -> {
            vm.clear();
            return null;
        });
        assertThat(fx(() -> vm.followUps().isEmpty())).isTrue();
        assertThat(fx(() -> vm.canLogProperty().get())).isFalse();
    }

    @Test
    void doneWritesTheStepThenTheListRefreshesAndTheOwnerIsTold() {
        FollowUp quote = log(order.id(), 5, "Asked for a quote", "Send quote", LocalDate.of(2026, 11, 23));
        FollowUpTimelineViewModel vm = showingTheOrder();
        fx(() -> {
            vm.selectedProperty().set(vm.followUps().get(0));
            return null;
        });
        assertThat(fx(() -> vm.selectedHasOpenStepProperty().get())).isTrue();

        andWaitForTheReload(vm, () -> vm.done(vm.selectedProperty().get()));

        assertThat(t.ws.followUps().get(quote.id()).nextStep().doneAt()).isEqualTo(clock.instant());
        FollowUp after = shown(vm, quote.id());
        assertThat(after.nextStep().doneAt()).isNotNull();
        assertThat(after.version()).isGreaterThan(quote.version());
        assertThat(fx(() -> vm.selectedProperty().get())).as("the same follow-up stays selected").isEqualTo(after);
        assertThat(fx(() -> vm.selectedHasOpenStepProperty().get())).isFalse();
        assertThat(changed.get()).isEqualTo(1);
        // the service's audit is not bypassed: the order's history tells who completed the step
        assertThat(t.ws.history().ofOrder(order.id(), t.messages).stream().map(HistoryLine::text))
                .anyMatch(l -> l.contains("completed the step \"Send quote\""));
    }

    @Test
    void snoozingCountsTomorrowMorningInTheWorkspacesZone() {
        FollowUp quote = log(order.id(), 5, "Asked for a quote", "Send quote", LocalDate.of(2026, 11, 23));
        FollowUpTimelineViewModel vm = showingTheOrder();

        andWaitForTheReload(vm, () -> vm.snooze(vm.followUps().get(0), SnoozeChoice.TOMORROW_MORNING));

        // Tuesday 09:00 in Shanghai, not 09:00 UTC nor Monday
        Instant tuesdayMorning = Instant.parse("2026-11-24T01:00:00Z");
        assertThat(t.ws.followUps().get(quote.id()).nextStep().snoozedUntil()).isEqualTo(tuesdayMorning);
        assertThat(shown(vm, quote.id()).nextStep().snoozedUntil()).isEqualTo(tuesdayMorning);
        assertThat(fx(() -> vm.steps().until(SnoozeChoice.ONE_HOUR))).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(fx(() -> vm.steps().clock().getZone())).isEqualTo(t.ws.zone());
    }

    @Test
    void reassignGivesTheStepToTheColleagueAndTheListShowsIt() {
        User lisi = t.ws.users().register("lisi", "Li Si", Role.REP);
        FollowUp quote = log(order.id(), 5, "Asked for a quote", "Send quote", LocalDate.of(2026, 11, 23));
        FollowUpTimelineViewModel vm = showingTheOrder();

        andWaitForTheReload(vm, () -> vm.reassign(vm.followUps().get(0), lisi.id()));

        assertThat(t.ws.followUps().get(quote.id()).nextStep().ownerId()).isEqualTo(lisi.id());
        assertThat(shown(vm, quote.id()).nextStep().ownerId()).isEqualTo(lisi.id());
        assertThat(fx(() -> vm.userNamesProperty().get())).containsEntry(lisi.id(), "Li Si");
    }

    @Test
    void deleteRemovesTheFollowUpFromTheList() {
        FollowUp met = log(order.id(), 1, "Met at the fair", null, null);
        FollowUp call = log(order.id(), 2, "Called", null, null);
        FollowUpTimelineViewModel vm = showingTheOrder();

        andWaitForTheReload(vm, () -> vm.delete(shownNow(vm, met.id())));

        assertThat(fx(() -> vm.followUps().stream().map(FollowUp::id).toList())).containsExactly(call.id());
        assertThat(changed.get()).isEqualTo(1);
    }

    private static FollowUp shownNow(FollowUpTimelineViewModel vm, long id) {
        return vm.followUps().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
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
