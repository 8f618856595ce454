package app.gendan.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The laptop serving the shared file goes to sleep (SIGSTOP) for 25 s while a colleague keeps
 * saving: no save waits more than 10 s without an answer, every save refused is said to be not saved
 * and is indeed not in the file after the laptop wakes up (SIGCONT), every save said to be saved is,
 * and a command started meanwhile says why it cannot run instead of hanging.
 */
class StoppedServerTest {
    private static final long BOUND_MS = 10_000;

    @TempDir
    Path dir;

    @Test
    void aSleepingServerFreezesNobodyForMoreThanTenSecondsAndNothingRefusedTurnsUpLater() throws Exception {
        long orderId;
        long customerId;
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            var customer = t.customer("杭州绿源环保设备有限公司");
            orderId = t.order("共享文件上的订单", customer, "5000").id();
            customerId = customer.id();
        }
        String db = dir.resolve("gendan.mv.db").toString();
        List<String> during;
        String command;
        long firstAnswerMs;
        TeamProcess writer;
        try (TeamProcess server = TeamProcess.start("zhangsan", dir.resolve("logs"), ServeFileMain.class, db)) {
            assertThat(server.await(l -> l.startsWith("READY"), Duration.ofSeconds(60))).isEqualTo("READY serving");
            writer = TeamProcess.start("lisi", dir.resolve("logs"), FollowUpWriterMain.class, db, "lisi",
                    String.valueOf(orderId), String.valueOf(customerId), "50");
            try (writer) {
                assertThat(writer.await(l -> l.startsWith("READY"), Duration.ofSeconds(60))).isEqualTo("READY client");
                writer.await(l -> l.startsWith("OK lisi-20"), Duration.ofSeconds(60));

                server.stop();
                long stoppedAt = System.nanoTime();
                writer.await(l -> l.startsWith("FAIL"), Duration.ofMillis(BOUND_MS + 5_000));
                firstAnswerMs = (System.nanoTime() - stoppedAt) / 1_000_000;
                try (TeamProcess cmd = TeamProcess.start("wangwu", dir.resolve("logs"), CommandMain.class,
                        "due", "--db", db, "--user", "all")) {
                    command = cmd.await(l -> l.startsWith("EXIT"), Duration.ofSeconds(60));
                    assertThat(String.join("\n", cmd.lines())).contains("is not answering");
                }
                Thread.sleep(Math.max(0, 25_000 - (System.nanoTime() - stoppedAt) / 1_000_000));
                during = writer.linesStartingWith("FAIL ");
                server.resume();

                int okBefore = writer.linesStartingWith("OK ").size();
                writer.await(l -> l.startsWith("DONE"), Duration.ofSeconds(90));
                assertThat(writer.linesStartingWith("OK ").size()).as("saves after the wake-up").isGreaterThan(okBefore);
            }
        }

        System.out.println("first refusal " + firstAnswerMs + " ms after the server stopped; command during the sleep: "
                + command + "; refused saves: " + during);
        assertThat(firstAnswerMs).as("the first save refused in time").isLessThan(BOUND_MS);
        assertThat(Long.parseLong(command.split(" ")[2])).as("the command answered in time").isLessThan(BOUND_MS + 5_000);
        assertThat(command).startsWith("EXIT 2");
        assertThat(during).isNotEmpty().allSatisfy(f -> {
            String[] parts = f.split(" ");
            // the save's first read or its write: both say nothing was saved; or, when the server fell
            // asleep between the commit and its answer, that the save cannot be confirmed yet
            assertThat(parts[0]).isIn("error.db.write.notAnswering", "error.db.read.notAnswering",
                    "error.db.write.unconfirmed");
            assertThat(Long.parseLong(parts[2])).as("a refused save waited at most 10 s").isLessThan(BOUND_MS);
        });
        Set<String> stored = new HashSet<>(DbDump.strings(dir, "SELECT summary FROM follow_up"));
        assertThat(stored).containsAll(writer.linesStartingWith("OK "));
        for (String f : writer.linesStartingWith("FAIL ")) {
            if (!f.startsWith("error.db.write.unconfirmed")) {
                assertThat(stored).as("a save refused as not saved").doesNotContain(f.split(" ")[1]);
            }
        }
    }
}
