package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.Customer;
import app.gendan.domain.FieldError;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderLine;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.Stage;
import app.gendan.domain.StageKind;
import app.gendan.domain.ValidationException;
import app.gendan.testing.TestWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderServiceTest {
    @TempDir
    Path dir;

    TestWorkspace t;
    Customer acme;

    @BeforeEach
    void setUp() {
        t = TestWorkspace.create(dir);
        acme = t.customer("上海华信精密机械有限公司");
    }

    @AfterEach
    void tearDown() {
        t.ws.close();
    }

    @Test
    void createNumbersOrdersByRuleAndPutsThemInFirstStage() {
        SalesOrder a = t.order("主轴采购", acme, "38000");
        SalesOrder b = t.order("伺服电机", acme, "5200.50");

        assertThat(a.orderNo()).isEqualTo("SO-2026-000001");
        assertThat(b.orderNo()).isEqualTo("SO-2026-000002");
        assertThat(a.stageId()).isEqualTo(t.stages().get(0).id());
        assertThat(a.stageEnteredAt()).isEqualTo(t.clock.instant());
        assertThat(t.ws.orders().get(b.id()).amount()).isEqualByComparingTo("5200.50");
        assertThat(t.ws.history().ofOrder(a.id(), t.messages)).extracting(HistoryLine::text)
                .containsExactly("王五 创建，2026-11-20 14:03");
    }

    @Test
    void amountIsTheSumOfLinesWhenLinesAreGiven() {
        OrderDraft draft = OrderDraft.of("明细单", acme.id(), t.me.id(), BigDecimal.ONE, LocalDate.of(2026, 11, 20))
                .withLines(List.of(new OrderLine("伺服电机", "MS-750", "750W", new BigDecimal("3"), new BigDecimal("2600")),
                        new OrderLine("PLC", null, null, new BigDecimal("2"), new BigDecimal("5800.25"))));
        SalesOrder o = t.ws.orders().create(t.pipeline.id(), draft);

        assertThat(o.amount()).isEqualByComparingTo("19400.50");
        assertThat(t.ws.orders().get(o.id()).draft().lines()).hasSize(2);
    }

    @Test
    void invalidDraftIsRejectedWithFieldErrorsAndNothingIsWritten() {
        OrderDraft bad = OrderDraft.of(" ", acme.id(), t.me.id(), new BigDecimal("-1"), LocalDate.of(2026, 11, 20))
                .withShipBy(LocalDate.of(2026, 11, 1));

        assertThatThrownBy(() -> t.ws.orders().create(t.pipeline.id(), bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("title", "amount", "shipBy"));
        assertThat(t.ws.board().load(t.pipeline.id()).cards()).isEmpty();
    }

    @Test
    void editIsAuditedFieldByField() {
        SalesOrder o = t.order("主轴采购", acme, "38000");
        t.clock.advance(Duration.ofHours(2));
        SalesOrder edited = t.ws.orders().update(o.id(), o.version(),
                o.draft().withTitle("主轴采购（加急）").withAmount(new BigDecimal("41000")));

        assertThat(edited.version()).isEqualTo(o.version() + 1);
        assertThat(edited.title()).isEqualTo("主轴采购（加急）");
        assertThat(t.ws.history().ofOrder(o.id(), t.messages)).extracting(HistoryLine::text).contains(
                "王五 修改了标题：主轴采购 → 主轴采购（加急），2026-11-20 16:03",
                "王五 修改了金额：38000.00 → 41000，2026-11-20 16:03");
    }

    @Test
    void staleUpdateIsRejectedAndOverwritesNothing() {
        SalesOrder o = t.order("主轴采购", acme, "38000");
        t.ws.orders().update(o.id(), o.version(), o.draft().withTitle("第一位同事的修改"));

        assertThatThrownBy(() -> t.ws.orders().update(o.id(), o.version(), o.draft().withTitle("第二位同事的修改")))
                .isInstanceOf(StaleEditException.class);
        assertThat(t.ws.orders().get(o.id()).title()).isEqualTo("第一位同事的修改");
        assertThatThrownBy(() -> t.ws.orders().move(o.id(), o.version(), t.stages().get(1).id(), true))
                .isInstanceOf(StaleEditException.class);
        assertThat(t.ws.orders().get(o.id()).stageId()).isEqualTo(t.stages().get(0).id());
    }

    @Test
    void moveRecordsStageAuditAndEnteredTime() {
        SalesOrder o = t.order("主轴采购", acme, "38000");
        Stage quote = t.stages().get(1);
        t.clock.advance(Duration.ofDays(1));

        SalesOrder moved = t.ws.orders().move(o.id(), o.version(), quote.id(), true);

        assertThat(moved.stageId()).isEqualTo(quote.id());
        assertThat(moved.stageEnteredAt()).isEqualTo(t.clock.instant());
        assertThat(t.ws.history().ofOrder(o.id(), t.messages).get(0).text())
                .isEqualTo("王五 将阶段 需求确认 → 报价，2026-11-21 14:03");
        assertThat(t.ws.orders().checklist(o.id())).extracting(i -> i.text())
                .containsExactly("报价单已发出", "价格已内部审批", "客户已确认收到报价");
    }

    @Test
    void leavingAStageWithUntickedChecklistNeedsConfirmation() {
        SalesOrder o = t.order("主轴采购", acme, "38000");
        long next = t.stages().get(1).id();

        assertThatThrownBy(() -> t.ws.orders().move(o.id(), o.version(), next, false))
                .isInstanceOfSatisfying(UnfinishedChecklistException.class,
                        e -> assertThat(e.unfinished()).hasSize(3));
        assertThat(t.ws.orders().get(o.id()).stageId()).isEqualTo(t.stages().get(0).id());

        t.ws.orders().checklist(o.id()).forEach(i -> t.ws.orders().setChecklistItem(i.id(), true));
        SalesOrder moved = t.ws.orders().move(o.id(), t.ws.orders().get(o.id()).version(), next, false);
        assertThat(moved.stageId()).isEqualTo(next);
    }

    @Test
    void winningAnOrderTakesItOffTheBoardIntoTheWonStage() {
        SalesOrder o = t.order("主轴采购", acme, "38000");
        t.ws.orders().update(o.id(), o.version(), o.draft().withStatus(OrderStatus.WON, null));

        SalesOrder won = t.ws.orders().get(o.id());
        Stage wonStage = t.ws.pipelines().stages(t.pipeline.id()).stream()
                .filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
        assertThat(won.stageId()).isEqualTo(wonStage.id());
        assertThat(t.ws.board().load(t.pipeline.id()).cards()).isEmpty();

        assertThatThrownBy(() -> t.ws.orders().update(o.id(), won.version(), won.draft().withStatus(OrderStatus.LOST, " ")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void orderNumbersSkipNumbersAlreadyTakenAndFollowAChangedRule() {
        t.ws.settings().setOrderNumberPattern("GD{yy}{MM}-{seq:000}");
        SalesOrder a = t.order("A", acme, "1");
        assertThat(a.orderNo()).isEqualTo("GD2611-001");
        assertThatThrownBy(() -> t.ws.settings().setOrderNumberPattern("NO-SEQ-{yyyy}"))
                .isInstanceOf(app.gendan.domain.GendanException.class);
        assertThat(t.ws.settings().orderNumberPattern()).isEqualTo("GD{yy}{MM}-{seq:000}");
    }

    @Test
    void everyWriteBumpsTheChangeFeed() {
        long before = t.ws.latestChange();
        SalesOrder o = t.order("主轴采购", acme, "38000");
        long afterCreate = t.ws.latestChange();
        t.ws.orders().move(o.id(), o.version(), t.stages().get(1).id(), true);

        assertThat(afterCreate).isGreaterThan(before);
        assertThat(t.ws.latestChange()).isGreaterThan(afterCreate);
    }
}
