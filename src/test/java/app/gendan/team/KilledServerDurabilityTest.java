package app.gendan.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three colleagues' apps log follow-ups on one shared file; the one serving it is killed with -9
 * in the middle. Every follow-up any of them was told is saved is in the file afterwards, and the
 * two others go on saving (one of them serves the file now).
 */
class KilledServerDurabilityTest {
    private static final Logger LOG = LoggerFactory.getLogger(KilledServerDurabilityTest.class);

    @TempDir
    Path dir;

    @Test
    void noSaveAnyAppWasToldAboutIsLostWhenTheServingAppIsKilled() throws Exception {
        long orderId;
        long customerId;
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            var customer = t.customer("杭州绿源环保设备有限公司");
            orderId = t.order("共享文件上的订单", customer, "5000").id();
            customerId = customer.id();
        }
        String db = dir.resolve("gendan.mv.db").toString();
        String[] common = {String.valueOf(orderId), String.valueOf(customerId)};
        List<TeamProcess> apps = new ArrayList<>();
        try {
            TeamProcess server = TeamProcess.start("zhangsan", dir.resolve("logs"), FollowUpWriterMain.class,
                    db, "zhangsan", common[0], common[1], "30");
            apps.add(server);
            assertThat(server.await(l -> l.startsWith("READY"), Duration.ofSeconds(60))).isEqualTo("READY serving");
            for (String login : List.of("lisi", "wangwu")) {
                TeamProcess p = TeamProcess.start(login, dir.resolve("logs"), FollowUpWriterMain.class,
                        db, login, common[0], common[1], "16");
                apps.add(p);
                assertThat(p.await(l -> l.startsWith("READY"), Duration.ofSeconds(60))).isEqualTo("READY client");
            }
            // everybody saves for a while, then the serving laptop dies
            apps.get(2).await(l -> l.startsWith("OK wangwu-30"), Duration.ofSeconds(60));
            server.kill();
            for (TeamProcess p : apps.subList(1, 3)) {
                assertThat(p.waitFor(Duration.ofSeconds(90))).as(p.name() + " ended").isTrue();
                assertThat(p.exitValue()).as(String.join("\n", p.lines())).isZero();
            }
        } finally {
            for (TeamProcess p : apps) {
                p.close();
            }
        }

        Set<String> stored = new HashSet<>(DbDump.strings(dir, "SELECT summary FROM follow_up"));
        int told = 0;
        for (TeamProcess p : apps) {
            List<String> saved = p.linesStartingWith("OK ");
            told += saved.size();
            System.out.printf("%s: %d saved, %d refused%n", p.name(), saved.size(), p.linesStartingWith("FAIL ").size());
            assertThat(stored).as(p.name() + "'s saves in the file").containsAll(saved);
        }
        assertThat(told).isGreaterThan(100);
        // the survivors saved after the kill, so one of them served the file
        for (TeamProcess p : apps.subList(1, 3)) {
            List<String> saved = p.linesStartingWith("OK ");
            assertThat(p.lines().indexOf("OK " + saved.get(saved.size() - 1)))
                    .as(p.name() + " saved after the kill").isGreaterThan(p.lines().indexOf("OK " + p.name() + "-30"));
        }
        // refusals (while a survivor takes over serving the file, a save may be told to wait) said so in
        // words that tell whether it was saved, never as driver text
        for (TeamProcess p : apps) {
            assertThat(p.linesStartingWith("FAIL ")).allSatisfy(f -> assertThat(f).matches("error\\.db\\.(write|read)\\..*"));
        }
    }
}
