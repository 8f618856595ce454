package app.gendan.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The laptop serving the shared file dies (kill -9) while a colleague's app is open: the colleague's
 * app takes the file over and then says so ("this computer"), instead of naming its own loopback
 * address as if a colleague served it; what it saves afterwards is in the file.
 */
class TakeOverTest {
    @TempDir
    Path dir;

    @Test
    void aColleaguesAppTakesOverTheFileAndSaysThisComputerServesIt() throws Exception {
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            t.customer("杭州绿源环保设备有限公司");
        }
        String db = dir.resolve("gendan.mv.db").toString();
        String[] savedName = {null};
        try (TeamProcess server = TeamProcess.start("zhangsan", dir.resolve("logs"), ServeFileMain.class, db)) {
            assertThat(server.await(l -> l.startsWith("READY"), Duration.ofSeconds(60))).isEqualTo("READY serving");
            try (TestWorkspace t = TestWorkspace.create(dir)) {
                assertThat(t.ws.servesFile()).isFalse();
                assertThat(t.ws.server().key()).isIn("db.server.address", "db.server.host");

                // how the database answers, as the app's link monitor sees it: lost, then answering again
                java.util.concurrent.BlockingQueue<String> linkChanges = new java.util.concurrent.LinkedBlockingQueue<>();
                t.ws.onLinkChange(trouble -> linkChanges.add(String.valueOf(trouble)));
                server.kill();
                String saved = null;
                for (int i = 0; saved == null && i < 6; i++) {
                    try {
                        saved = t.customer("宁波港城物流有限公司 " + i).name();
                    } catch (RuntimeException refused) {
                        // refused in words while the app finds out the server is gone: try again at the next change
                        linkChanges.poll(20, java.util.concurrent.TimeUnit.SECONDS);
                    }
                }
                assertThat(saved).as("a save after the takeover").isNotNull();
                assertThat(t.ws.servesFile()).as("this app serves the file now").isTrue();
                assertThat(t.ws.server().key()).isEqualTo("db.server.thisComputer");
                savedName[0] = saved;
                assertThat(t.ws.customers().list(saved, 10)).extracting(c -> c.name()).contains(saved);
            }
            assertThat(DbDump.strings(dir, "SELECT name FROM customer")).contains("杭州绿源环保设备有限公司", savedName[0]);
        }
    }
}
