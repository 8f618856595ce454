package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aColleaguesWriteOnTheSameFileIsNoticedOnce() {
        TestWorkspace me = TestWorkspace.create(dir);
        TestWorkspace colleague = TestWorkspace.create(dir);
        List<Long> seen = new ArrayList<>();
        try (me.ws; colleague.ws; ChangeWatcher watcher = new ChangeWatcher(me.ws, seen::add)) {
            assertThat(watcher.poll()).isFalse();

            colleague.order("同事新建的订单", colleague.customer("武汉长江重工集团有限公司"), "880000");

            assertThat(watcher.poll()).isTrue();
            assertThat(watcher.poll()).isFalse();
            assertThat(seen).hasSize(1);
            assertThat(me.ws.board().load(me.pipeline.id()).cards()).extracting(c -> c.title())
                    .containsExactly("同事新建的订单");
        }
    }
}
