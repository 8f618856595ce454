package app.gendan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.testing.MutableClock;
import app.gendan.testing.TestWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DueCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale saved;

    @BeforeEach
    void seed() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        // real "now", so the command (which uses the system clock) sees one overdue and one upcoming step
        MutableClock clock = new MutableClock(Clock.systemUTC().instant(), java.time.ZoneId.systemDefault());
        try (TestWorkspace t = TestWorkspace.create(dir, clock, Locale.SIMPLIFIED_CHINESE)) {
            var order = t.order("储能柜", t.customer("瑞丰新能源"), "250000");
            LocalDate today = LocalDate.now();
            t.ws.followUps().log(new FollowUpDraft(0, order.id(), clock.instant(), FollowUpMethod.PHONE, "电话", null, null,
                    "发送报价单", today.minusDays(3), null, null));
            t.ws.followUps().log(new FollowUpDraft(0, order.id(), clock.instant(), FollowUpMethod.PHONE, "电话", null, null,
                    "回访", today.plusDays(2), null, null));
        }
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private int run(String... args) {
        return GendanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void jsonListsTheUsersStepsByGroup() throws Exception {
        assertThat(run("due", "--db", dir.resolve("gendan.mv.db").toString(), "--user", "wangwu", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("overdue")).hasSize(1);
        assertThat(json.get("overdue").get(0).get("action").asText()).isEqualTo("发送报价单");
        assertThat(json.get("overdue").get(0).get("days_overdue").asLong()).isEqualTo(3);
        assertThat(json.get("today")).isEmpty();
        assertThat(json.get("upcoming")).hasSize(1);
        assertThat(json.get("alerts")).isEmpty();
    }

    @Test
    void textForEveryoneAndAClearErrorForAnUnknownUser() {
        assertThat(run("due", "--db", dir.resolve("gendan.mv.db").toString(), "--user", "all", "--days", "1")).isZero();
        assertThat(out.toString()).contains("Overdue (1)").contains("Upcoming (0)").contains("3 days overdue");

        assertThat(run("due", "--db", dir.resolve("gendan.mv.db").toString(), "--user", "nobody"))
                .isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("No user with the login \"nobody\"");
    }
}
