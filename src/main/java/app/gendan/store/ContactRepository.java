package app.gendan.store;

import static app.gendan.store.generated.Tables.CONTACT;

import app.gendan.domain.Contact;
import app.gendan.domain.NameKeys;
import app.gendan.store.generated.tables.records.ContactRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class ContactRepository {
    private final DSLContext dsl;

    ContactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Contact> ofCustomer(long customerId) {
        return dsl.selectFrom(CONTACT).where(CONTACT.CUSTOMER_ID.eq(customerId))
                .orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.ID)
                .fetch(ContactRepository::toContact);
    }

    public Optional<Contact> byId(long id) {
        return dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOptional(ContactRepository::toContact);
    }

    public long insert(Contact c, Long actor, Instant now) {
        return insert(c, actor, now, null);
    }

    /** A contact an import batch added (to a customer that was there before): the batch column finds it again. */
    public long insert(Contact c, Long actor, Instant now, Long importBatchId) {
        ContactRecord r = dsl.newRecord(CONTACT);
        r.setImportBatchId(importBatchId);
        r.setCustomerId(c.customerId());
        apply(r, c);
        r.setCreatedAt(now);
        r.setCreatedBy(actor);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actor);
        r.store();
        return r.getId();
    }

    public void update(Contact c, Long actor, Instant now) {
        ContactRecord r = dsl.fetchSingle(CONTACT, CONTACT.ID.eq(c.id()));
        apply(r, c);
        r.setVersion(r.getVersion() + 1);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actor);
        r.store();
    }

    public void delete(long id) {
        dsl.deleteFrom(CONTACT).where(CONTACT.ID.eq(id)).execute();
    }

    private static void apply(ContactRecord r, Contact c) {
        r.setName(c.name().trim());
        r.setTitle(CustomerRepository.blankToNull(c.title()));
        r.setPhone(CustomerRepository.blankToNull(c.phone()));
        r.setMobile(CustomerRepository.blankToNull(c.mobile()));
        String key = NameKeys.phoneKey(c.mobile());
        r.setPhoneKey(key != null ? key : NameKeys.phoneKey(c.phone()));
        r.setEmail(CustomerRepository.blankToNull(c.email()));
        r.setWechat(CustomerRepository.blankToNull(c.wechat()));
        r.setIsPrimary(c.primary());
    }

    static Contact toContact(ContactRecord r) {
        return new Contact(r.getId(), r.getCustomerId(), r.getName(), r.getTitle(), r.getPhone(), r.getMobile(),
                r.getEmail(), r.getWechat(), r.getIsPrimary());
    }
}
