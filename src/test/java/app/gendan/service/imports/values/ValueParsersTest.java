package app.gendan.service.imports.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import app.gendan.service.imports.Severity;
import app.gendan.service.imports.StageMatch;
import app.gendan.service.imports.map.StageWordMapper;
import app.gendan.service.imports.read.RawCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueParsersTest {
    private static final LocalDate REF = LocalDate.of(2024, 6, 1);
    private final DateParser cn = new DateParser(REF, false, DateOrder.UNKNOWN);
    private final DateParser us = new DateParser(REF, false, DateOrder.MONTH_FIRST);
    private final DateParser uk = new DateParser(REF, false, DateOrder.DAY_FIRST);

    private static LocalDate d(Parsed<LocalDateTime> p) {
        assertThat(p.failed()).as("problem %s %s", p.problemKey(), p.args()).isFalse();
        return p.value().toLocalDate();
    }

    @Test
    void datesInEverydayFormats() {
        assertThat(d(cn.parse("2024/6/10"))).isEqualTo("2024-06-10");
        assertThat(d(cn.parse("2024-06-10"))).isEqualTo("2024-06-10");
        assertThat(d(cn.parse("2024.06.10"))).isEqualTo("2024-06-10");
        assertThat(d(cn.parse("2024年6月9日"))).isEqualTo("2024-06-09");
        assertThat(d(cn.parse("２０２４年６月９日"))).isEqualTo("2024-06-09");
        assertThat(d(cn.parse("20240610"))).isEqualTo("2024-06-10");
        assertThat(d(cn.parse("2024-06-10 (周一)"))).isEqualTo("2024-06-10");
        assertThat(d(us.parse("Jun 10, 2024"))).isEqualTo("2024-06-10");
        assertThat(d(us.parse("10-Jun-2024"))).isEqualTo("2024-06-10");
        assertThat(cn.parse("2024-06-10 14:30").value()).isEqualTo(LocalDateTime.of(2024, 6, 10, 14, 30));
        assertThat(cn.parse("2024-06-10T09:05:00").value()).isEqualTo(LocalDateTime.of(2024, 6, 10, 9, 5));
    }

    @Test
    void yearIsInferredNearTheReferenceDate() {
        Parsed<LocalDateTime> p = cn.parse("6月12日");
        assertThat(d(p)).isEqualTo("2024-06-12");
        assertThat(p.problemKey()).isEqualTo("imports.problem.yearInferred");
        assertThat(p.severity()).isEqualTo(Severity.INFO);
        DateParser january = new DateParser(LocalDate.of(2025, 1, 5), false, DateOrder.UNKNOWN);
        assertThat(d(january.parse("12月28日"))).isEqualTo("2024-12-28");
        assertThat(d(january.parse("1/8"))).isEqualTo("2025-01-08");
    }

    @Test
    void excelSerialsInBothDateSystems() {
        assertThat(d(cn.parse(RawCell.number(45453)))).isEqualTo("2024-06-10");
        assertThat(d(new DateParser(REF, true, DateOrder.UNKNOWN).parse(RawCell.number(43991)))).isEqualTo("2024-06-10");
        assertThat(d(cn.parse("45453"))).isEqualTo("2024-06-10");
        assertThat(cn.parse(RawCell.number(12)).failed()).isTrue();
    }

    @Test
    void monthDayOrder() {
        assertThat(d(us.parse("06/10/2024"))).isEqualTo("2024-06-10");
        assertThat(d(uk.parse("06/10/2024"))).isEqualTo("2024-10-06");
        assertThat(d(us.parse("25/12/2024"))).isEqualTo("2024-12-25");
        assertThat(d(uk.parse("12/25/2024"))).isEqualTo("2024-12-25");
        Parsed<LocalDateTime> ambiguous = cn.parse("03/04/2024");
        assertThat(ambiguous.severity()).isEqualTo(Severity.WARNING);
        assertThat(ambiguous.problemKey()).isEqualTo("imports.problem.ambiguousDate");
        assertThat(d(us.parse("6/10/24"))).isEqualTo("2024-06-10");
        assertThat(DateOrder.infer(java.util.List.of("03/04/2024", "25/04/2024"), DateOrder.MONTH_FIRST)).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(DateOrder.infer(java.util.List.of("03/04/2024", "04/25/2024"), DateOrder.DAY_FIRST)).isEqualTo(DateOrder.MONTH_FIRST);
    }

    @Test
    void badDatesAreProblemsNotExceptions() {
        assertThat(cn.parse("2024-13-45").problemKey()).isEqualTo("imports.problem.badDate");
        assertThat(cn.parse("下周一").problemKey()).isEqualTo("imports.problem.badDate");
        assertThat(cn.parse(RawCell.error("#VALUE!")).problemKey()).isEqualTo("imports.problem.cellError");
        assertThat(cn.parse("-").isPresent()).isFalse();
        assertThat(cn.parse("-").hasProblem()).isFalse();
    }

    private static BigDecimal money(String s) {
        Parsed<Money> p = MoneyParser.parse(s);
        assertThat(p.failed()).as(s).isFalse();
        return p.value().amount();
    }

    @Test
    void moneyFormats() {
        assertThat(money("¥12,800.00")).isEqualByComparingTo("12800");
        assertThat(money("￥12,800.00")).isEqualByComparingTo("12800");
        assertThat(money("12800")).isEqualByComparingTo("12800");
        assertThat(money("1.2万")).isEqualByComparingTo("12000");
        assertThat(money("1.2万元")).isEqualByComparingTo("12000");
        assertThat(money("3千")).isEqualByComparingTo("3000");
        assertThat(money("15k")).isEqualByComparingTo("15000");
        assertThat(money("2亿")).isEqualByComparingTo("200000000");
        assertThat(money("RMB 5,000")).isEqualByComparingTo("5000");
        assertThat(money("3,000元")).isEqualByComparingTo("3000");
        assertThat(money("$1,234.56")).isEqualByComparingTo("1234.56");
        assertThat(money("(1,200.00)")).isEqualByComparingTo("-1200");
        assertThat(money("-300")).isEqualByComparingTo("-300");
        assertThat(money("1.234,56 €")).isEqualByComparingTo("1234.56");
        assertThat(money("12 800")).isEqualByComparingTo("12800");
        assertThat(MoneyParser.parse("USD 1000").value().currency()).isEqualTo("USD");
        assertThat(MoneyParser.parse("¥100").value().currency()).isEqualTo("CNY");
        assertThat(MoneyParser.parse("约5万").value().amount()).isEqualByComparingTo("50000");
        assertThat(MoneyParser.parse("面议").isPresent()).isFalse();
        assertThat(MoneyParser.parse("很贵").problemKey()).isEqualTo("imports.problem.badMoney");
        assertThat(MoneyParser.parse(RawCell.number(new BigDecimal("16654.505"))).value().amount()).isEqualByComparingTo("16654.505");
    }

    @Test
    void quantities() {
        assertThat(QuantityParser.parse("121").value()).isEqualByComparingTo("121");
        assertThat(QuantityParser.parse("50台").value()).isEqualByComparingTo("50");
        assertThat(QuantityParser.parse("1,000 pcs").value()).isEqualByComparingTo("1000");
        assertThat(QuantityParser.parse("12.5 kg").value()).isEqualByComparingTo("12.5");
        assertThat(QuantityParser.parse("2万件").value()).isEqualByComparingTo("20000");
        assertThat(QuantityParser.parse("-3").problemKey()).isEqualTo("imports.problem.negativeQuantity");
        assertThat(QuantityParser.parse("很多").problemKey()).isEqualTo("imports.problem.badQuantity");
    }

    @Test
    void phones() {
        assertThat(PhoneNormaliser.normalise("+86 138-0013-8000").value()).isEqualTo("13800138000");
        assertThat(PhoneNormaliser.normalise("13800138000").value()).isEqualTo("13800138000");
        assertThat(PhoneNormaliser.normalise("(0755)18581778").value()).isEqualTo("0755-18581778");
        assertThat(PhoneNormaliser.normalise("010 8888 6666").value()).isEqualTo("010-88886666");
        assertThat(PhoneNormaliser.normalise("400 800 1234").value()).isEqualTo("400-800-1234");
        assertThat(PhoneNormaliser.normalise("+1 555 194 1529").value()).isEqualTo("+15551941529");
        assertThat(PhoneNormaliser.normalise("13800138000/13900139000").value()).isEqualTo("13800138000, 13900139000");
        assertThat(PhoneNormaliser.normalise("0755-18581778转801").value()).isEqualTo("0755-18581778 ext. 801");
        assertThat(PhoneNormaliser.normalise("1.38001E+10").problemKey()).isEqualTo("imports.problem.phoneScientific");
        assertThat(PhoneNormaliser.normalise("张三").problemKey()).isEqualTo("imports.problem.badPhone");
    }

    @Test
    void stageWords() {
        StageWordMapper m = new StageWordMapper();
        assertThat(m.map("已报价")).contains(StageMatch.stage("报价"));
        assertThat(m.map("已发货")).contains(StageMatch.stage("发货/开票"));
        assertThat(m.map("待发货")).contains(StageMatch.stage("发货/开票"));
        assertThat(m.map("生产中")).contains(StageMatch.stage("生产/采购"));
        assertThat(m.map("已下单")).contains(StageMatch.stage("下单"));
        assertThat(m.map("部分回款")).contains(StageMatch.stage("回款"));
        assertThat(m.map("签约中")).contains(StageMatch.stage("合同签订"));
        assertThat(m.map("售后中")).contains(StageMatch.stage("售后"));
        assertThat(m.map("需求确认")).contains(StageMatch.stage("需求确认"));
        assertThat(m.map("已流失")).contains(StageMatch.outcome(OrderStatus.LOST));
        assertThat(m.map("赢单")).contains(StageMatch.outcome(OrderStatus.WON));
        assertThat(m.map("已取消")).contains(StageMatch.outcome(OrderStatus.CANCELLED));
        assertThat(m.map("未成交")).isEmpty();
        assertThat(m.map("Qualified")).contains(StageMatch.stage("需求确认"));
        assertThat(m.map("Proposal Made")).contains(StageMatch.stage("报价"));
        assertThat(m.map("Negotiations Started")).contains(StageMatch.stage("合同签订"));
        assertThat(m.map("Closed Won")).contains(StageMatch.outcome(OrderStatus.WON));
        assertThat(m.map("closed-lost")).contains(StageMatch.outcome(OrderStatus.LOST));
        // a word about the call, not the order: the follow-up's result, as written
        assertThat(m.map("待回访")).contains(StageMatch.followUpResult("待回访"));
        assertThat(m.map(" 未接通 ")).contains(StageMatch.followUpResult("未接通"));
        assertThat(m.map("Attempted")).contains(StageMatch.followUpResult("Attempted"));
        assertThat(m.map("蓝灯")).isEmpty();
        StageWordMapper user = new StageWordMapper(Map.of("蓝灯", StageMatch.stage("售后")));
        assertThat(user.map("蓝灯")).contains(StageMatch.stage("售后"));
    }

    @Test
    void choiceWords() {
        assertThat(ChoiceWords.priority("紧急").value()).isEqualTo(Priority.HIGH);
        assertThat(ChoiceWords.priority("Normal").value()).isEqualTo(Priority.NORMAL);
        assertThat(ChoiceWords.priority("低").value()).isEqualTo(Priority.LOW);
        assertThat(ChoiceWords.followUpMethod("面访").value()).isEqualTo("visit");
        assertThat(ChoiceWords.followUpMethod("微信").value()).isEqualTo("wechat");
        assertThat(ChoiceWords.followUpMethod("飞鸽传书").value()).isEqualTo("other");
        assertThat(ChoiceWords.grade("A类").value()).isEqualTo("A");
        assertThat(ChoiceWords.currency("人民币").value()).isEqualTo("CNY");
        assertThat(ChoiceWords.currency("usd").value()).isEqualTo("USD");
        assertThat(EmailParser.parse("Wei.Zhang@Example.com").value()).isEqualTo("wei.zhang@example.com");
        assertThat(EmailParser.parse("not an email").problemKey()).isEqualTo("imports.problem.badEmail");
    }
}
