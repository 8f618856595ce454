package app.gendan.store;

import static app.gendan.store.generated.Tables.CONTACT;
import static app.gendan.store.generated.Tables.CUSTOMER;

import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.NameKeys;
import app.gendan.store.generated.tables.records.CustomerRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class CustomerRepository {
    private final DSLContext dsl;

    CustomerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Customer> byId(long id) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOptional(CustomerRepository::toCustomer);
    }

    /** Customers (not archived) whose name key or phone key (own or a contact's) matches. */
    public List<Customer> likelyDuplicates(String nameKey, String phoneKey, long excludeId) {
        var byName = CUSTOMER.NAME_KEY.eq(nameKey);
        var condition = phoneKey == null ? byName
                : byName.or(CUSTOMER.PHONE_KEY.eq(phoneKey))
                        .or(CUSTOMER.ID.in(DSL.select(CONTACT.CUSTOMER_ID).from(CONTACT).where(CONTACT.PHONE_KEY.eq(phoneKey))));
        return dsl.selectFrom(CUSTOMER)
                .where(condition.and(CUSTOMER.ID.ne(excludeId)).and(CUSTOMER.ARCHIVED.isFalse()))
                .orderBy(CUSTOMER.ID)
                .fetch(CustomerRepository::toCustomer);
    }

    public List<Customer> list(String text, int limit) {
        var q = dsl.selectFrom(CUSTOMER).where(CUSTOMER.ARCHIVED.isFalse());
        if (text != null && !text.isBlank()) {
            String like = "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%";
            String phone = NameKeys.phoneKey(text);
            var c = DSL.lower(CUSTOMER.NAME).like(like).or(DSL.lower(CUSTOMER.SHORT_NAME).like(like));
            if (phone != null) {
                c = c.or(CUSTOMER.PHONE_KEY.like("%" + phone + "%"));
            }
            q = q.and(c);
        }
        return q.orderBy(CUSTOMER.NAME).limit(limit).fetch(CustomerRepository::toCustomer);
    }

    public long insert(CustomerDraft d, Long actor, Instant now) {
        CustomerRecord r = dsl.newRecord(CUSTOMER);
        apply(r, d);
        r.setCreatedAt(now);
        r.setCreatedBy(actor);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actor);
        r.store();
        return r.getId();
    }

    public boolean update(long id, int expectedVersion, CustomerDraft d, Long actor, Instant now) {
        return dsl.update(CUSTOMER)
                .set(CUSTOMER.NAME, d.name().trim())
                .set(CUSTOMER.SHORT_NAME, blankToNull(d.shortName()))
                .set(CUSTOMER.NAME_KEY, NameKeys.nameKey(d.name()))
                .set(CUSTOMER.GRADE, blankToNull(d.grade()))
                .set(CUSTOMER.SOURCE, blankToNull(d.source()))
                .set(CUSTOMER.INDUSTRY, blankToNull(d.industry()))
                .set(CUSTOMER.ADDRESS, blankToNull(d.address()))
                .set(CUSTOMER.PHONE, blankToNull(d.phone()))
                .set(CUSTOMER.PHONE_KEY, NameKeys.phoneKey(d.phone()))
                .set(CUSTOMER.OWNER_ID, d.ownerId())
                .set(CUSTOMER.TAGS, blankToNull(d.tags()))
                .set(CUSTOMER.NOTES, blankToNull(d.notes()))
                .set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(1))
                .set(CUSTOMER.UPDATED_AT, now).set(CUSTOMER.UPDATED_BY, actor)
                .where(CUSTOMER.ID.eq(id).and(CUSTOMER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    public long count() {
        return dsl.fetchCount(CUSTOMER);
    }

    private static void apply(CustomerRecord r, CustomerDraft d) {
        r.setName(d.name().trim());
        r.setShortName(blankToNull(d.shortName()));
        r.setNameKey(NameKeys.nameKey(d.name()));
        r.setGrade(blankToNull(d.grade()));
        r.setSource(blankToNull(d.source()));
        r.setIndustry(blankToNull(d.industry()));
        r.setAddress(blankToNull(d.address()));
        r.setPhone(blankToNull(d.phone()));
        r.setPhoneKey(NameKeys.phoneKey(d.phone()));
        r.setOwnerId(d.ownerId());
        r.setTags(blankToNull(d.tags()));
        r.setNotes(blankToNull(d.notes()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Customer toCustomer(CustomerRecord r) {
        return new Customer(r.getId(), r.getName(), r.getShortName(), r.getGrade(), r.getSource(), r.getIndustry(),
                r.getAddress(), r.getPhone(), r.getOwnerId(), r.getTags(), r.getNotes(), r.getVersion());
    }
}
