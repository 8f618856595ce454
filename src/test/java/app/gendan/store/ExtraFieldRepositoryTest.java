package app.gendan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.ExtraField;
import app.gendan.domain.SearchHit;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extra fields in a real database file: kept in the order of their columns, long values cut with a
 * mark instead of refused, found by search, shown by the services, and removed with their batch only.
 */
class ExtraFieldRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void extraFieldsAreKeptInColumnOrderFoundBySearchAndRemovedWithTheirBatch() {
        long customerId;
        long orderId;
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            var customer = t.customer("杭州绿源环保设备有限公司");
            customerId = customer.id();
            orderId = t.order("年度备件采购", customer, "5000").id();
        }
        Instant now = Instant.parse("2026-11-20T06:03:00Z");
        try (Database db = Database.openFile(dir.resolve("gendan.mv.db"))) {
            db.transaction(s -> {
                s.extraFields().insert(List.of(
                        new ExtraFieldRepository.NewExtra(ExtraField.Owner.CUSTOMER, customerId, 1, "客户来源", "展会（2024 上海）"),
                        new ExtraFieldRepository.NewExtra(ExtraField.Owner.CUSTOMER, customerId, 0, "行业", "环保设备"),
                        new ExtraFieldRepository.NewExtra(ExtraField.Owner.ORDER, orderId, 0, "备用字段", "x".repeat(5000))),
                        7L, null, now);
                s.extraFields().insert(List.of(
                        new ExtraFieldRepository.NewExtra(ExtraField.Owner.ORDER, orderId, 1, "合同编号", "HT-2024-118")),
                        null, null, now);
                return null;
            });

            List<ExtraField> ofCustomer = db.read(s -> s.extraFields().of(ExtraField.Owner.CUSTOMER, customerId));
            assertThat(ofCustomer).containsExactly(new ExtraField("行业", "环保设备"), new ExtraField("客户来源", "展会（2024 上海）"));
            List<ExtraField> ofOrder = db.read(s -> s.extraFields().of(ExtraField.Owner.ORDER, orderId));
            assertThat(ofOrder).extracting(ExtraField::header).containsExactly("备用字段", "合同编号");
            assertThat(ofOrder.get(0).value()).hasSize(ExtraFieldRepository.MAX_VALUE).endsWith("…");
            List<ExtraField> ofFollowUp = db.read(s -> s.extraFields().of(ExtraField.Owner.FOLLOW_UP, orderId));
            assertThat(ofFollowUp).isEmpty();

            List<SearchHit> byExtra = db.read(s -> s.search().customers("展会", null, 10));
            assertThat(byExtra).extracting(SearchHit::id).containsExactly(customerId);
            List<SearchHit> ordersByExtra = db.read(s -> s.search().orders("ht-2024", 10));
            assertThat(ordersByExtra).extracting(SearchHit::id).containsExactly(orderId);
            List<SearchHit> notACustomers = db.read(s -> s.search().customers("HT-2024", null, 10));
            assertThat(notACustomers).isEmpty();

            long counted = db.read(s -> s.extraFields().countOfBatch(7));
            assertThat(counted).isEqualTo(3);
            int removed = db.transaction(s -> s.extraFields().deleteOfBatch(7));
            assertThat(removed).isEqualTo(3);
            List<ExtraField> left = db.read(s -> s.extraFields().of(ExtraField.Owner.ORDER, orderId));
            assertThat(left).containsExactly(new ExtraField("合同编号", "HT-2024-118"));
        }
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            assertThat(t.ws.orders().extraFields(orderId)).containsExactly(new ExtraField("合同编号", "HT-2024-118"));
            assertThat(t.ws.customers().extraFields(customerId)).isEmpty();
        }
    }
}
