package app.gendan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardModelTest {
    private static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

    private static Stage stage(long id, String name, Integer idle) {
        return new Stage(id, 1, name, (int) id, StageKind.OPEN, idle, false, 0, List.of());
    }

    private static BoardCard card(long id, long stage, long owner, Priority p, String amount, String customer) {
        return new BoardCard(id, "SO-" + id, "订单" + id, 1, customer, new BigDecimal(amount), "CNY", owner, "u" + owner,
                p, stage, T, 0, null);
    }

    private final List<Stage> stages = List.of(stage(1, "需求确认", 7), stage(2, "报价", 10));
    private final List<BoardCard> cards = List.of(
            card(1, 1, 10, Priority.HIGH, "100.50", "华信"), card(2, 1, 11, Priority.LOW, "200", "恒通"),
            card(3, 2, 10, Priority.NORMAL, "300", "华信"), card(4, 99, 10, Priority.NORMAL, "1", "不在看板上的阶段"));

    @Test
    void columnsHoldTheirCardsWithCountAndTotal() {
        BoardModel m = BoardModel.build(stages, cards, BoardFilter.ALL);
        assertThat(m.columns()).extracting(BoardColumn::count).containsExactly(2, 1);
        assertThat(m.column(1).total()).isEqualByComparingTo("300.50");
        assertThat(m.totalCount()).isEqualTo(3);
    }

    @Test
    void filtersByOwnerPriorityAndText() {
        assertThat(BoardModel.build(stages, cards, new BoardFilter(10L, null, null)).totalCount()).isEqualTo(2);
        assertThat(BoardModel.build(stages, cards, new BoardFilter(null, Priority.LOW, null)).totalCount()).isEqualTo(1);
        assertThat(BoardModel.build(stages, cards, new BoardFilter(null, null, " 华信 ")).totalCount()).isEqualTo(2);
        assertThat(BoardModel.build(stages, cards, new BoardFilter(null, null, "so-3")).column(2).count()).isEqualTo(1);
    }

    @Test
    void filtersByNextStep() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        NextStep yesterday = new NextStep("报价", Instant.parse("2026-11-18T16:00:00Z"), false, 10, null, null);
        NextStep tomorrow = new NextStep("回访", Instant.parse("2026-11-20T16:00:00Z"), false, 10, null, null);
        List<BoardCard> withSteps = List.of(cards.get(0).withNextStep(yesterday), cards.get(1).withNextStep(tomorrow),
                cards.get(2));
        BoardFilter overdue = new BoardFilter(null, null, null, StepFilter.OVERDUE, T, shanghai);
        BoardFilter none = new BoardFilter(null, null, null, StepFilter.NO_NEXT_STEP, T, shanghai);
        assertThat(BoardModel.build(stages, withSteps, overdue).column(1).cards()).extracting(BoardCard::orderId)
                .containsExactly(1L);
        assertThat(BoardModel.build(stages, withSteps, overdue).totalCount()).isEqualTo(1);
        assertThat(BoardModel.build(stages, withSteps, none).column(2).cards()).extracting(BoardCard::orderId)
                .containsExactly(3L);
        assertThat(BoardModel.build(stages, withSteps, none).totalCount()).isEqualTo(1);
        assertThat(BoardModel.build(stages, withSteps, new BoardFilter(null, null, null, null, null, null)).totalCount())
                .isEqualTo(3);
    }

    @Test
    void aMovedCardKeepsItsNextStep() {
        NextStep step = new NextStep("回访", T, true, 10, null, null);
        assertThat(cards.get(0).withNextStep(step).movedTo(2, T, 1).nextStep()).isSameAs(step);
    }

    @Test
    void daysInStageCountCalendarDaysInTheUsersZoneAndStuckIsOverTheLimit() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant entered = Instant.parse("2026-11-19T15:30:00Z"); // 23:30 on the 19th in Shanghai
        Instant now = Instant.parse("2026-11-19T16:30:00Z");     // 00:30 on the 20th
        assertThat(StageTime.daysInStage(entered, now, shanghai)).isEqualTo(1);
        assertThat(StageTime.daysInStage(entered, now, ZoneId.of("UTC"))).isZero();
        assertThat(StageTime.isStuck(8, 7)).isTrue();
        assertThat(StageTime.isStuck(7, 7)).isFalse();
        assertThat(StageTime.isStuck(400, null)).isFalse();
    }
}
