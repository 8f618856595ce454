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

                server.kill();
                long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
                String saved = null;
                for (int i = 0; saved == null && System.nanoTime() < deadline; i++) {
                    try {
                        saved = t.customer("宁波港城物流有限公司 " + i).name();
                    } catch (RuntimeException notYet) {
                        Thread.sleep(500); // refused in words while the app finds out the server is gone
                    }
                }
                assertThat(saved).as("a save after the takeover").isNotNull();
                // the link monitor sees the database answer again and starts fresh connections
                while (!t.ws.servesFile() && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    t.ws.latestChange();
                }
                assertThat(t.ws.servesFile()).as("this app serves the file now").isTrue();
                assertThat(t.ws.server().key()).isEqualTo("db.server.thisComputer");
                savedName[0] = saved;
                assertThat(t.ws.customers().list(saved, 10)).extracting(c -> c.name()).contains(saved);
            }
            assertThat(DbDump.strings(dir, "SELECT name FROM customer")).contains("杭州绿源环保设备有限公司", savedName[0]);
        }
    }
}
