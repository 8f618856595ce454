package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.testing.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class ChineseTodayTest extends UiTestBase {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:03:00Z"), ZoneId.of("Asia/Shanghai"));

    @Override
    protected Locale locale() { return Locale.SIMPLIFIED_CHINESE; }

    @Override
    protected Clock clock() { return clock; }

    @Override
    protected void seed() {
        SalesOrder order = order("光伏支架", customer("瑞丰新能源"), "88000", Priority.HIGH, me.id());
        ws.followUps().log(new FollowUpDraft(0, order.id(), clock.instant(), FollowUpMethod.PHONE, "电话沟通", null, null,
                "回电确认方案", LocalDate.of(2026, 11, 20), null, me.id()));
    }

    @Test
    void todayRendersInChinese() {
        waitUntil(() -> main.todayModel().overdueCountProperty().get() == 1);
        assertThat(lookup("#navToday").queryLabeled().getText()).isEqualTo("今日待办（1 项逾期）");
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> lookup("已逾期（1）").tryQuery().isPresent() && lookup("回电确认方案").tryQuery().isPresent());
        assertThat(lookup("3 天").tryQuery()).isPresent();
        assertThat(lookup("#todayHint").queryLabeled().getText()).startsWith("D 完成");
    }
}
