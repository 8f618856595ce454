package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.BoardFilter;
import app.gendan.domain.GendanException;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataServiceTest {
    @TempDir
    Path dir;

    @Test
    void demoFillsEveryStageOnceAndOnlyIntoAnEmptyDatabase() {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            assertThat(t.ws.demo().databaseIsEmpty()).isTrue();
            DemoDataService.Summary s = t.ws.demo().load(t.messages);

            assertThat(s.customers()).isEqualTo(12);
            assertThat(s.orders()).isEqualTo(43);
            var model = t.ws.board().load(t.pipeline.id()).model(BoardFilter.ALL);
            assertThat(model.totalCount()).isEqualTo(41); // one demo order is won, one lost
            assertThat(model.columns()).allSatisfy(c -> assertThat(c.count()).isPositive());
            // the signed-in user "wangwu" is also a demo login: reused, not duplicated
            assertThat(s.users()).isEqualTo(2);
            assertThat(t.ws.users().all()).hasSize(3);
            assertThatThrownBy(() -> t.ws.demo().load(t.messages)).isInstanceOf(GendanException.class);
        }
    }

    /** What a newcomer sees right after loading: a full Today, alerts worth a look, work done by the reps. */
    @Test
    void demoTellsTheStoryOfATeamAtWork() {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            // Gendan ran here before, yesterday: the demo must still not look "missed while closed"
            var earlier = t.ws.reminders().startSession(t.me);
            t.ws.reminders().collect(t.me, earlier);
            t.clock.advance(java.time.Duration.ofDays(1));
            var run = t.ws.reminders().startSession(t.me);
            t.ws.reminders().collect(t.me, run);

            t.ws.demo().load(t.messages);

            var mine = t.ws.due().dueItems(t.me.id(), 7);
            assertThat(mine.overdue()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(mine.today()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(mine.upcoming()).hasSizeGreaterThanOrEqualTo(2);
            var everyone = t.ws.due().dueItems(null, 7);
            assertThat(everyone.size()).isGreaterThan(mine.size());

            var alerts = t.ws.alerts().scan(null);
            assertThat(alerts).filteredOn(a -> a.kind() == app.gendan.domain.AlertKind.STUCK).hasSize(2);
            assertThat(alerts).filteredOn(a -> a.kind() == app.gendan.domain.AlertKind.LATE_PAYMENT).hasSize(1);
            assertThat(alerts).filteredOn(a -> a.kind() == app.gendan.domain.AlertKind.LATE_SHIPMENT).isEmpty();
            // most cards show a next step; only a couple are waiting for one
            assertThat(alerts).filteredOn(a -> a.kind() == app.gendan.domain.AlertKind.NO_NEXT_STEP).hasSizeBetween(1, 3);
            assertThat(app.gendan.testing.DbDump.strings(dir, "SELECT status || ':' || COUNT(*) FROM sales_order "
                    + "GROUP BY status ORDER BY status")).containsExactly("lost:1", "open:41", "won:1");
            // each follow-up, shipment and order was written by the rep whose order it is
            assertThat(app.gendan.testing.DbDump.count(dir, "SELECT COUNT(*) FROM follow_up f JOIN sales_order o "
                    + "ON o.id = f.order_id WHERE f.created_by <> o.owner_id")).isZero();
            assertThat(app.gendan.testing.DbDump.count(dir, "SELECT COUNT(DISTINCT created_by) FROM follow_up")).isEqualTo(2); // 王五 (signed in) and 李四
            assertThat(app.gendan.testing.DbDump.count(dir, "SELECT COUNT(*) FROM shipment")).isPositive();
            // one order has one open next step at most
            assertThat(app.gendan.testing.DbDump.count(dir, "SELECT COUNT(*) FROM (SELECT order_id FROM follow_up "
                    + "WHERE next_done_at IS NULL AND next_action IS NOT NULL GROUP BY order_id HAVING COUNT(*) > 1)")).isZero();

            // nothing was missed while closed, and one of my steps pops within a minute
            var atLoad = t.ws.reminders().collect(t.me, run);
            assertThat(atLoad.missed()).isEmpty();
            t.clock.advance(java.time.Duration.ofSeconds(60));
            assertThat(t.ws.reminders().collect(t.me, run).fresh()).anyMatch(app.gendan.service.Reminder::isStep);
        }
    }
}
