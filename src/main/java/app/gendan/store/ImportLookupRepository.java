package app.gendan.store;

import static app.gendan.store.generated.Tables.APP_USER;
import static app.gendan.store.generated.Tables.CONTACT;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.FOLLOW_UP;
import static app.gendan.store.generated.Tables.SALES_ORDER;

import app.gendan.domain.Customer;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * The reads an import needs up front, each in one query, so matching a file of 100,000 rows
 * against the database costs a handful of round trips rather than one per row.
 */
public final class ImportLookupRepository {
    private static final int CHUNK = 1000;

    /** A customer with the keys duplicates are detected by. */
    public record CustomerKeys(Customer customer, String nameKey, String phoneKey) {}

    /** A contact's name and phone key, for matching the contacts a file names. */
    public record ContactKey(long id, long customerId, String name, String phoneKey) {}

    /** Every user, active or not, so names and logins are never handed out twice. */
    public record UserRow(User user, boolean active) {}

    /** What identifies an order: its number, and its customer, title and date for files without numbers. */
    public record OrderKey(long id, String orderNo, long customerId, String title, LocalDate orderDate) {}

    /** What identifies a follow-up already in the database. */
    public record FollowUpKey(long customerId, Long orderId, Instant happenedAt, String summary, String nextAction,
                              Instant nextDueAt) {}

    private final DSLContext dsl;

    ImportLookupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CustomerKeys> customers() {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.ARCHIVED.isFalse()).orderBy(CUSTOMER.ID)
                .fetch(r -> new CustomerKeys(CustomerRepository.toCustomer(r), r.getNameKey(), r.getPhoneKey()));
    }

    public List<ContactKey> contacts() {
        return dsl.select(CONTACT.ID, CONTACT.CUSTOMER_ID, CONTACT.NAME, CONTACT.PHONE_KEY).from(CONTACT)
                .orderBy(CONTACT.ID)
                .fetch(r -> new ContactKey(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public List<UserRow> users() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.ID)
                .fetch(r -> new UserRow(UserRepository.toUser(r), r.getActive()));
    }

    /** Streams the keys of every order (lazily, so a large database is not held twice in memory). */
    public void orderKeys(Consumer<OrderKey> sink) {
        try (var cursor = dsl.select(SALES_ORDER.ID, SALES_ORDER.ORDER_NO, SALES_ORDER.CUSTOMER_ID, SALES_ORDER.TITLE,
                SALES_ORDER.ORDER_DATE).from(SALES_ORDER).fetchSize(CHUNK).fetchLazy()) {
            for (var r : cursor) {
                sink.accept(new OrderKey(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
            }
        }
    }

    /** The full orders (without lines) with these ids. */
    public List<SalesOrder> orders(Collection<Long> ids) {
        List<SalesOrder> out = new ArrayList<>(ids.size());
        for (List<Long> chunk : chunks(ids)) {
            dsl.selectFrom(SALES_ORDER).where(SALES_ORDER.ID.in(chunk))
                    .forEach(r -> out.add(OrderRepository.toOrder(r, List.of())));
        }
        return out;
    }

    /** The follow-ups (not deleted) of these customers. */
    public List<FollowUpKey> followUps(Collection<Long> customerIds) {
        List<FollowUpKey> out = new ArrayList<>();
        for (List<Long> chunk : chunks(customerIds)) {
            dsl.select(FOLLOW_UP.CUSTOMER_ID, FOLLOW_UP.ORDER_ID, FOLLOW_UP.HAPPENED_AT, FOLLOW_UP.SUMMARY,
                            FOLLOW_UP.NEXT_ACTION, FOLLOW_UP.NEXT_DUE_AT)
                    .from(FOLLOW_UP).where(FOLLOW_UP.CUSTOMER_ID.in(chunk).and(FOLLOW_UP.DELETED.isFalse()))
                    .forEach(r -> out.add(new FollowUpKey(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6())));
        }
        return out;
    }

    /** Which of these order numbers are already used. */
    public List<String> takenOrderNumbers(Collection<String> candidates) {
        List<String> taken = new ArrayList<>();
        for (List<String> chunk : chunks(candidates)) {
            taken.addAll(dsl.select(SALES_ORDER.ORDER_NO).from(SALES_ORDER).where(SALES_ORDER.ORDER_NO.in(chunk))
                    .fetch(SALES_ORDER.ORDER_NO));
        }
        return taken;
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<List<T>> out = new ArrayList<>();
        List<T> current = new ArrayList<>(Math.min(CHUNK, all.size()));
        for (T t : all) {
            current.add(t);
            if (current.size() == CHUNK) {
                out.add(current);
                current = new ArrayList<>(CHUNK);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
