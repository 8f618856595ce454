package app.gendan.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gendan host serves the shared file to the laptops, logs to its data folder and stops cleanly on
 * SIGTERM; a laptop that was saving meanwhile goes on (serving the file itself) without losing a save.
 */
class HostCommandTest {
    @TempDir
    Path dir;

    @Test
    void theHostServesTheFileAndStopsCleanlyOnSigterm() throws Exception {
        long orderId;
        long customerId;
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            var customer = t.customer("杭州绿源环保设备有限公司");
            orderId = t.order("共享文件上的订单", customer, "5000").id();
            customerId = customer.id();
        }
        String db = dir.resolve("gendan.mv.db").toString();
        TeamProcess writer;
        try (TeamProcess host = TeamProcess.start("host", dir.resolve("logs"), CommandMain.class, "host", "--db", db)) {
            assertThat(host.await(l -> l.startsWith("Serving"), Duration.ofSeconds(60)))
                    .contains(db).contains("Ctrl+C");
            writer = TeamProcess.start("lisi", dir.resolve("logs"), FollowUpWriterMain.class, db, "lisi",
                    String.valueOf(orderId), String.valueOf(customerId), "12");
            try (writer) {
                assertThat(writer.await(l -> l.startsWith("READY"), Duration.ofSeconds(60))).isEqualTo("READY client");
                writer.await(l -> l.startsWith("OK lisi-20"), Duration.ofSeconds(60));

                host.terminate();
                assertThat(host.waitFor(Duration.ofSeconds(30))).as(String.join("\n", host.lines())).isTrue();
                assertThat(host.exitValue()).isIn(0, 143);
                assertThat(host.lines()).as(String.join("\n", host.lines()) + "\n" + Files.readString(dir.resolve("logs/host/gendan.log"))).anyMatch(l -> l.startsWith("Stopping:") && l.contains("closed cleanly"));

                int before = writer.linesStartingWith("OK ").size();
                writer.await(l -> l.startsWith("DONE"), Duration.ofSeconds(60));
                assertThat(writer.linesStartingWith("OK ").size()).as("saves after the host stopped").isGreaterThan(before);
            }
        }
        Set<String> stored = new HashSet<>(DbDump.strings(dir, "SELECT summary FROM follow_up"));
        assertThat(stored).containsAll(writer.linesStartingWith("OK "));
        String log = Files.readString(dir.resolve("logs/host/gendan.log"));
        assertThat(log).contains("Hosting " + db).contains("Host stopped");
        // the host signed nobody in: only the test's user and the colleague are users
        assertThat(DbDump.strings(dir, "SELECT login FROM app_user")).containsExactlyInAnyOrder("wangwu", "lisi");
    }
}
