package app.gendan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextStepStateTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-20T06:03:00Z"); // 14:03 on Fri 20 Nov in Shanghai

    private static NextStep onDay(LocalDate d) {
        return new NextStep("回访", d.atStartOfDay(SHANGHAI).toInstant(), false, 1, null, null);
    }

    private static NextStep at(String iso, String snoozedUntil) {
        return new NextStep("回访", Instant.parse(iso), true, 1, null, snoozedUntil == null ? null : Instant.parse(snoozedUntil));
    }

    private static FollowUp followUp(long id, String happened, NextStep step) {
        return new FollowUp(id, 1, 1L, Instant.parse(happened), FollowUpMethod.PHONE, "第" + id + "次", null, null, step, 0,
                1L, "王五");
    }

    @Test
    void noStepOrADoneStepIsNoneAndOverdueFollowsTheDueRules() {
        assertThat(NextStepState.of(null, NOW, SHANGHAI)).isEqualTo(NextStepState.NONE);
        NextStep done = new NextStep("回访", NOW.minusSeconds(86_400), true, 1, NOW, null);
        assertThat(NextStepState.of(done, NOW, SHANGHAI)).isEqualTo(NextStepState.NONE);
        assertThat(NextStepState.of(onDay(LocalDate.of(2026, 11, 20)), NOW, SHANGHAI)).isEqualTo(NextStepState.OPEN);
        assertThat(NextStepState.of(onDay(LocalDate.of(2026, 11, 19)), NOW, SHANGHAI)).isEqualTo(NextStepState.OVERDUE);
        assertThat(NextStepState.of(at("2026-11-20T06:00:00Z", null), NOW, SHANGHAI)).isEqualTo(NextStepState.OVERDUE);
        assertThat(NextStepState.of(at("2026-11-20T06:00:00Z", "2026-11-20T07:00:00Z"), NOW, SHANGHAI))
                .isEqualTo(NextStepState.OPEN);
    }

    @Test
    void theStepThatWantsAttentionFirstCountsItsSnooze() {
        NextStep early = at("2026-11-21T02:00:00Z", null);
        NextStep snoozedPast = at("2026-11-20T02:00:00Z", "2026-11-22T01:00:00Z");
        assertThat(NextStepState.first(early, snoozedPast)).isSameAs(early);
        assertThat(NextStepState.first(snoozedPast, early)).isSameAs(early);
        assertThat(NextStepState.first(null, early)).isSameAs(early);
        assertThat(NextStepState.first(early, null)).isSameAs(early);
    }

    @Test
    void timelinePutsOpenStepsOnTopSoonestFirstThenTheRestNewestFirst() {
        FollowUp oldWithLaterStep = followUp(1, "2026-11-01T02:00:00Z", at("2026-11-25T02:00:00Z", null));
        FollowUp olderWithSoonerStep = followUp(2, "2026-10-01T02:00:00Z", at("2026-11-21T02:00:00Z", null));
        FollowUp newestNoStep = followUp(3, "2026-11-19T02:00:00Z", null);
        FollowUp middleDone = followUp(4, "2026-11-10T02:00:00Z",
                new NextStep("报价", Instant.parse("2026-11-12T02:00:00Z"), true, 1, Instant.parse("2026-11-12T03:00:00Z"), null));
        assertThat(TimelineOrder.arrange(List.of(newestNoStep, middleDone, oldWithLaterStep, olderWithSoonerStep)))
                .extracting(FollowUp::id).containsExactly(2L, 1L, 3L, 4L);
    }
}
