package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Change;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTest {
    @TempDir
    Path dir;

    @Test
    void aColleaguesWritesOnTheSameFileAreNoticedOnceWithWhatChangedAndWho() {
        TestWorkspace me = TestWorkspace.create(dir);
        TestWorkspace colleague = TestWorkspace.create(dir);
        List<Change> seen = new ArrayList<>();
        try (me.ws; colleague.ws; ChangeWatcher watcher = new ChangeWatcher(me.ws, seen::addAll)) {
            assertThat(watcher.poll()).isFalse();

            var order = colleague.order("同事新建的订单", colleague.customer("武汉长江重工集团有限公司"), "880000");

            assertThat(watcher.poll()).isTrue();
            assertThat(watcher.poll()).isFalse();
            assertThat(seen).extracting(Change::entity).containsExactly("customer", "order");
            assertThat(seen.get(1).entityId()).isEqualTo(order.id());
            assertThat(seen).allSatisfy(c -> {
                assertThat(c.own()).isFalse();
                assertThat(c.userId()).isEqualTo(colleague.me.id());
            });
            assertThat(me.ws.board().load(me.pipeline.id()).cards()).extracting(c -> c.title())
                    .containsExactly("同事新建的订单");
        }
    }

    @Test
    void thisAppsOwnWritesAreNotReportedBackToIt() {
        TestWorkspace me = TestWorkspace.create(dir);
        List<Change> seen = new ArrayList<>();
        try (me.ws; ChangeWatcher watcher = new ChangeWatcher(me.ws, seen::addAll)) {
            long before = me.ws.latestChange();
            me.order("我自己的订单", me.customer("南京紫金山仪器有限公司"), "1200");

            assertThat(me.ws.latestChange()).isGreaterThan(before);
            assertThat(watcher.poll()).isFalse();
            assertThat(seen).isEmpty();
            assertThat(me.ws.changesAfter(before)).extracting(Change::own).containsOnly(true);
        }
    }

    @Test
    void openingSigningInAndReadingAddNothingToTheFeed() {
        TestWorkspace.create(dir).close();
        TestWorkspace again = TestWorkspace.create(dir); // signs in, makes sure the pipeline exists
        try (again.ws) {
            long before = again.ws.latestChange();
            again.ws.pipelines().ensureDefault(again.messages);
            again.ws.due().dueItems(again.me.id(), 7);
            assertThat(again.ws.latestChange()).isEqualTo(before);
        }
    }
}
