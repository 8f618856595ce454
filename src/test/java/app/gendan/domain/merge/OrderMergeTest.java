package app.gendan.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderLine;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order's fields: dates, money, lines with the amount, status with its reason, customer with contact. */
class OrderMergeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final OrderDraft BASE = OrderDraft.of("Alpha valves", 1, 5, new BigDecimal("100.00"), DAY);

    private static MergeResult<OrderDraft> merge(OrderDraft mine, OrderDraft theirs) {
        return ThreeWayMerge.merge(OrderDraftFields.INSTANCE, BASE, mine, theirs);
    }

    private static OrderDraft contact(OrderDraft d, long customerId, Long contactId) {
        return new OrderDraft(d.title(), customerId, contactId, d.ownerId(), d.priority(), d.amount(), d.currency(),
                d.orderDate(), d.expectedClose(), d.promisedDelivery(), d.shipBy(), d.paymentDue(), d.quoteExpires(),
                d.contractExpires(), d.status(), d.lostReason(), d.notes(), d.lines());
    }

    @Test
    void myTitleAndTheirShipByDateMergeWithoutConflict() {
        OrderDraft mine = BASE.withTitle("Alpha valves DN80");
        OrderDraft theirs = BASE.withShipBy(DAY.plusDays(10));

        MergeResult<OrderDraft> r = merge(mine, theirs);

        assertThat(r.hasConflicts()).isFalse();
        assertThat(r.fromTheirs()).containsExactly("shipBy");
        assertThat(r.merged().title()).isEqualTo("Alpha valves DN80");
        assertThat(r.merged().shipBy()).isEqualTo(DAY.plusDays(10));
    }

    @Test
    void theSameAmountWrittenWithOtherDecimalsIsNoChange() {
        OrderDraft mine = BASE.withAmount(new BigDecimal("100")).withTitle("Alpha valves DN80");
        OrderDraft theirs = BASE.withAmount(new BigDecimal("150"));

        MergeResult<OrderDraft> r = merge(mine, theirs);

        assertThat(r.hasConflicts()).isFalse();
        assertThat(r.merged().amount()).isEqualByComparingTo("150");
    }

    @Test
    void twoDifferentAmountsConflict() {
        MergeResult<OrderDraft> r = merge(BASE.withAmount(new BigDecimal("200")), BASE.withAmount(new BigDecimal("150")));

        assertThat(r.conflicts()).containsExactly("amount");
        assertThat(r.merged().amount()).isEqualByComparingTo("200");
        assertThat(r.resolve(Set.of("amount")).amount()).isEqualByComparingTo("150");
    }

    @Test
    void theLinesMergeAsOneFieldAndTheAmountFollowsThem() {
        OrderLine pump = new OrderLine("Pump", "P-2", null, new BigDecimal("2"), new BigDecimal("50"));
        OrderLine valve = new OrderLine("Valve", null, null, new BigDecimal("4"), new BigDecimal("30"));
        OrderDraft base = BASE.withLines(List.of(pump)).withAmountFromLines();
        // the form sends an amount of zero beside its lines; the lines decide
        OrderDraft mine = base.withLines(List.of(pump, valve)).withAmount(BigDecimal.ZERO);
        OrderDraft theirs = base.withPriority(Priority.HIGH);

        MergeResult<OrderDraft> r = ThreeWayMerge.merge(OrderDraftFields.INSTANCE, base, mine, theirs);

        assertThat(r.hasConflicts()).isFalse();
        assertThat(r.fromTheirs()).containsExactly("priority");
        assertThat(r.merged().lines()).containsExactly(pump, valve);
        assertThat(r.merged().amount()).isEqualByComparingTo("220");
        assertThat(r.merged().priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void linesChangedOnBothSidesConflict() {
        OrderLine pump = new OrderLine("Pump", null, null, new BigDecimal("2"), new BigDecimal("50"));
        OrderDraft base = BASE.withLines(List.of(pump)).withAmountFromLines();
        OrderDraft mine = base.withLines(List.of(new OrderLine("Pump", null, null, new BigDecimal("3"), new BigDecimal("50"))));
        OrderDraft theirs = base.withLines(List.of(new OrderLine("Pump", null, null, new BigDecimal("2"), new BigDecimal("45"))))
                .withAmountFromLines();

        MergeResult<OrderDraft> r = ThreeWayMerge.merge(OrderDraftFields.INSTANCE, base, mine, theirs);

        assertThat(r.conflicts()).containsExactly("amount");
        assertThat(r.resolve(Set.of("amount")).amount()).isEqualByComparingTo("90");
        assertThat(r.merged().amount()).isEqualByComparingTo("150");
    }

    @Test
    void quantitiesWrittenWithOtherDecimalsAreTheSameLine() {
        OrderDraft base = BASE.withLines(List.of(new OrderLine("Pump", null, null, new BigDecimal("2.000"),
                new BigDecimal("50.00")))).withAmountFromLines();
        OrderDraft mine = base.withLines(List.of(new OrderLine("Pump", "", null, new BigDecimal("2"), new BigDecimal("50"))))
                .withAmount(BigDecimal.ZERO);

        assertThat(ThreeWayMerge.changed(OrderDraftFields.INSTANCE, base, mine)).isEmpty();
    }

    @Test
    void aContactMergesWithItsCustomer() {
        OrderDraft mine = contact(BASE, 2, null);
        OrderDraft theirs = contact(BASE, 1, 40L);

        MergeResult<OrderDraft> r = merge(mine, theirs);

        assertThat(r.conflicts()).containsExactly("customer");
        assertThat(r.merged().customerId()).isEqualTo(2);
        assertThat(r.merged().contactId()).isNull();
        OrderDraft chosen = r.resolve(Set.of("customer"));
        assertThat(chosen.customerId()).isEqualTo(1);
        assertThat(chosen.contactId()).isEqualTo(40L);
    }

    @Test
    void theStatusMergesWithItsLostReason() {
        OrderDraft mine = BASE.withStatus(OrderStatus.WON, null);
        OrderDraft theirs = BASE.withStatus(OrderStatus.LOST, "price");

        MergeResult<OrderDraft> r = merge(mine, theirs);

        assertThat(r.conflicts()).containsExactly("status");
        assertThat(r.merged().status()).isEqualTo(OrderStatus.WON);
        assertThat(r.resolve(Set.of("status")).lostReason()).isEqualTo("price");
    }

    @Test
    void datesOnlyTheColleagueSetAreTakenAndTheOnesIClearedStayCleared() {
        OrderDraft base = BASE.withShipBy(DAY.plusDays(3));
        OrderDraft mine = base.withShipBy(null);
        OrderDraft theirs = new OrderDraft(base.title(), 1, null, 5, Priority.NORMAL, base.amount(), "CNY", DAY,
                DAY.plusDays(20), null, DAY.plusDays(3), null, DAY.plusDays(30), null, OrderStatus.OPEN, null, null, List.of());

        MergeResult<OrderDraft> r = ThreeWayMerge.merge(OrderDraftFields.INSTANCE, base, mine, theirs);

        assertThat(r.hasConflicts()).isFalse();
        assertThat(r.fromTheirs()).containsExactly("expectedClose", "quoteExpires");
        assertThat(r.merged().shipBy()).isNull();
        assertThat(r.merged().expectedClose()).isEqualTo(DAY.plusDays(20));
        assertThat(r.merged().quoteExpires()).isEqualTo(DAY.plusDays(30));
    }

    @Test
    void aCurrencyTypedInLowerCaseIsNoChange() {
        OrderDraft mine = new OrderDraft("Alpha valves", 1, null, 5, Priority.NORMAL, new BigDecimal("100"), "cny", DAY,
                null, null, null, null, null, null, OrderStatus.OPEN, null, " ", List.of());

        assertThat(ThreeWayMerge.changed(OrderDraftFields.INSTANCE, BASE, mine)).isEmpty();
    }
}
