package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.DueItem;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.report.FunnelStage;
import app.gendan.domain.report.OrderPayments;
import app.gendan.domain.report.OwnerOverdue;
import app.gendan.testing.ExportSeed;
import app.gendan.testing.TestWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {
    @TempDir
    Path dir;

    private TestWorkspace t;
    private ExportSeed seed;

    @BeforeEach
    void open() {
        t = TestWorkspace.create(dir);
        seed = ExportSeed.into(t);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void funnelCountsOpenOrdersAndTheirAmountPerOpenStageInBoardOrder() {
        List<FunnelStage> funnel = t.ws.reports().funnel();
        var stages = t.stages();
        assertThat(funnel).extracting(FunnelStage::stageName)
                .containsExactlyElementsOf(stages.stream().map(s -> s.name()).toList());
        assertThat(funnel.get(0).openCount()).isEqualTo(1);
        assertThat(funnel.get(0).amount()).isEqualByComparingTo("250000");
        assertThat(funnel.get(1).openCount()).isEqualTo(1);
        assertThat(funnel.get(1).amount()).isEqualByComparingTo("1200.50");
        // the won order is no longer in the funnel; empty stages show zero, not nothing
        assertThat(funnel.stream().mapToLong(FunnelStage::openCount).sum()).isEqualTo(2);
        assertThat(funnel.get(7).openCount()).isZero();
        assertThat(funnel.get(7).amount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(funnel).allSatisfy(s -> assertThat(s.pipelineName()).isEqualTo(t.pipeline.name()));
    }

    @Test
    void overdueByOwnerCountsTheStepsTheTodayViewCallsOverdue() {
        List<OwnerOverdue> overdue = t.ws.reports().overdueByOwner();
        assertThat(overdue).containsExactly(
                new OwnerOverdue("王五", 2, LocalDate.of(2026, 11, 18), 2),
                new OwnerOverdue("李四", 1, LocalDate.of(2026, 11, 19), 1));

        Map<String, Long> fromDueList = t.ws.due().dueItems(null, 7).overdue().stream()
                .collect(Collectors.groupingBy(DueItem::ownerName, Collectors.counting()));
        assertThat(overdue.stream().collect(Collectors.toMap(OwnerOverdue::ownerName, OwnerOverdue::overdueCount)))
                .isEqualTo(fromDueList);
    }

    @Test
    void overdueFollowsTheClockAndTheSnooze() {
        // the next morning: today's date-only step and the snoozed one (until 10:00) are overdue too
        t.clock.advance(Duration.ofHours(21)); // 2026-11-21 11:03 in Shanghai
        List<OwnerOverdue> overdue = t.ws.reports().overdueByOwner();
        assertThat(overdue).containsExactly(
                new OwnerOverdue("王五", 3, LocalDate.of(2026, 11, 18), 3),
                new OwnerOverdue("李四", 2, LocalDate.of(2026, 11, 19), 2));
        assertThat(t.ws.due().dueItems(null, 7).overdue()).hasSize(5);
    }

    @Test
    void paymentsSumDueAndReceivedPerOrderWithTheEarliestUnpaidDueFirst() {
        List<OrderPayments> payments = t.ws.reports().payments();
        assertThat(payments).extracting(OrderPayments::orderNo)
                .containsExactly(seed.discount().orderNo(), seed.cabinet().orderNo());

        OrderPayments sample = payments.get(0);
        assertThat(sample.customerName()).isEqualTo(ExportSeed.FORMULA_NAME);
        assertThat(sample.ownerName()).isEqualTo("李四");
        assertThat(sample.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(sample.due()).isEqualByComparingTo("1200.50");
        assertThat(sample.received()).isEqualByComparingTo("200");
        assertThat(sample.outstanding()).isEqualByComparingTo("1000.50");
        assertThat(sample.nextUnpaidDue()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(sample.daysLate(t.ws.reports().today())).isEqualTo(5);

        OrderPayments cabinet = payments.get(1);
        assertThat(cabinet.orderAmount()).isEqualByComparingTo("250000");
        assertThat(cabinet.due()).isEqualByComparingTo("250000");
        assertThat(cabinet.received()).isEqualByComparingTo("100000");
        assertThat(cabinet.outstanding()).isEqualByComparingTo("150000");
        // the deposit was paid in full, so the next unpaid one is December's
        assertThat(cabinet.nextUnpaidDue()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(cabinet.daysLate(t.ws.reports().today())).isZero();
    }

    @Test
    void anEmptyDatabaseHasEmptyStagesAndNoOverdueOrPayments(@TempDir Path other) {
        try (TestWorkspace empty = TestWorkspace.create(other)) {
            assertThat(empty.ws.reports().funnel()).hasSize(8).allSatisfy(s -> assertThat(s.openCount()).isZero());
            assertThat(empty.ws.reports().overdueByOwner()).isEmpty();
            assertThat(empty.ws.reports().payments()).isEmpty();
        }
    }
}
