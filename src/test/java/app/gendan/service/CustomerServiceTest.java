package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.ValidationException;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerServiceTest {
    @TempDir
    Path dir;

    TestWorkspace t;

    @BeforeEach
    void setUp() {
        t = TestWorkspace.create(dir);
    }

    @AfterEach
    void tearDown() {
        t.ws.close();
    }

    private static Contact contact(String name, String mobile) {
        return new Contact(0, 0, name, "采购经理", null, mobile, null, null, true);
    }

    @Test
    void sameNormalisedNameIsReportedAsDuplicateAndNotCreated() {
        Customer first = t.ws.customers().create(CustomerDraft.named("上海华信精密机械有限公司"), List.of(), false);

        assertThatThrownBy(() -> t.ws.customers().create(CustomerDraft.named("上海 华信精密机械 （总部）"), List.of(), false))
                .isInstanceOfSatisfying(DuplicateCustomerException.class,
                        e -> assertThat(e.existing()).extracting(Customer::id).containsExactly(first.id()));
        assertThat(t.ws.customers().list(null, 100)).hasSize(1);
    }

    @Test
    void aContactPhoneSharedWithAnExistingCustomerIsADuplicate() {
        Customer first = t.ws.customers().create(CustomerDraft.named("苏州恒通电子"),
                List.of(contact("刘敏", "139 1234 5678")), false);

        assertThatThrownBy(() -> t.ws.customers().create(CustomerDraft.named("恒通科技").withPhone("+86 13912345678"),
                List.of(), false))
                .isInstanceOfSatisfying(DuplicateCustomerException.class,
                        e -> assertThat(e.existing()).extracting(Customer::id).containsExactly(first.id()));
    }

    @Test
    void confirmedDifferentCustomerIsCreatedWithContacts() {
        t.ws.customers().create(CustomerDraft.named("华信"), List.of(), false);
        Customer second = t.ws.customers().create(CustomerDraft.named("华信有限公司"),
                List.of(contact("陈建国", "13800138001")), true);

        assertThat(t.ws.customers().contacts(second.id())).extracting(Contact::name).containsExactly("陈建国");
        assertThat(t.ws.customers().list("华信", 10)).hasSize(2);
    }

    @Test
    void invalidCustomerIsRejectedBeforeWriting() {
        assertThatThrownBy(() -> t.ws.customers().create(CustomerDraft.named("（）"), List.of(contact(" ", null)), true))
                .isInstanceOf(ValidationException.class);
        assertThat(t.ws.customers().list(null, 10)).isEmpty();
    }

    @Test
    void updateIsVersionCheckedAndAudited() {
        Customer c = t.ws.customers().create(CustomerDraft.named("绿源环保"), List.of(), false);
        Customer updated = t.ws.customers().update(c.id(), c.version(), c.toDraft().withPhone("0571-8899 3344"));

        assertThat(updated.phone()).isEqualTo("0571-8899 3344");
        assertThatThrownBy(() -> t.ws.customers().update(c.id(), c.version(), CustomerDraft.named("别的名字")))
                .isInstanceOf(StaleEditException.class);
        assertThat(t.ws.customers().get(c.id()).name()).isEqualTo("绿源环保");
        assertThat(t.ws.history().ofCustomer(c.id(), t.messages)).extracting(HistoryLine::text)
                .anyMatch(s -> s.contains("电话") && s.contains("0571-8899 3344"));
    }

    @Test
    void searchFindsCustomersByPhoneOfAContactAndOrdersByNumber() {
        Customer c = t.ws.customers().create(CustomerDraft.named("宁波港城物流有限公司"),
                List.of(contact("吴涛", "13957412345")), false);
        var order = t.order("叉车采购", c, "120000");

        assertThat(t.ws.search().search("139-5741-2345")).extracting(h -> h.id()).containsExactly(c.id());
        assertThat(t.ws.search().search(order.orderNo())).extracting(h -> h.label())
                .anyMatch(l -> l.startsWith(order.orderNo()));
        assertThat(t.ws.search().search("港城")).hasSize(2);
    }
}
