package app.gendan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.domain.SalesOrder;
import app.gendan.service.HistoryLine;
import app.gendan.testing.TestWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes (two colleagues) open the same database file at once and both read and write. */
class TwoProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessReadsAndWritesTheFileWhileTheFirstHasItOpen() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            SalesOrder mine = t.order("第一个进程的订单", t.customer("杭州绿源环保设备有限公司"), "5000");
            long feedBefore = t.ws.latestChange();

            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dgendan.logdir=" + dir.resolve("logs"),
                    SecondProcessMain.class.getName(), dir.resolve("gendan.mv.db").toString(), mine.title())
                    .redirectErrorStream(true).start();
            String output = readAll(p);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("CREATED SO-").contains("DONE");

            // The first process sees the second one's move and its new order, and the feed moved on.
            assertThat(t.ws.latestChange()).isGreaterThan(feedBefore);
            assertThat(t.ws.orders().get(mine.id()).stageId()).isEqualTo(t.stages().get(1).id());
            List<BoardCard> cards = t.ws.board().load(t.pipeline.id()).cards();
            assertThat(cards).extracting(BoardCard::title).containsExactlyInAnyOrder("第一个进程的订单", "第二个进程的订单");
            assertThat(t.ws.history().ofOrder(mine.id(), t.messages)).extracting(HistoryLine::who).contains("李四");

            // ... and can still write after the second process has gone.
            SalesOrder moved = t.ws.orders().get(mine.id());
            t.ws.orders().move(mine.id(), moved.version(), t.stages().get(2).id(), true);
            assertThat(t.ws.orders().get(mine.id()).stageId()).isEqualTo(t.stages().get(2).id());
        }
    }

    private static String readAll(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
