package app.gendan.service;

import app.gendan.store.Writes;
import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.CustomerValidator;
import app.gendan.domain.FieldError;
import app.gendan.domain.NameKeys;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.ValidationException;
import app.gendan.store.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Customers and their contacts, with no silent duplicates. */
public final class CustomerService {
    private final Database db;
    private final Writes writes;

    CustomerService(Database db, Writes writes) {
        this.db = db;
        this.writes = writes;
    }

    public Customer get(long id) {
        return db.read(s -> s.customers().byId(id)).orElseThrow(() -> new StaleEditException("customer", id));
    }

    public List<Customer> list(String text, int limit) {
        return db.read(s -> s.customers().list(text, limit));
    }

    /** What the customer's imported trackers held that no Gendan field takes, under the columns' headers. */
    public List<app.gendan.domain.ExtraField> extraFields(long customerId) {
        return db.read(s -> s.extraFields().of(app.gendan.domain.ExtraField.Owner.CUSTOMER, customerId));
    }

    public List<Contact> contacts(long customerId) {
        return db.read(s -> s.contacts().ofCustomer(customerId));
    }

    public List<SalesOrder> orders(long customerId) {
        return db.read(s -> s.orders().ofCustomer(customerId));
    }

    /** Existing customers with the same normalised name, or a phone shared with them or their contacts. */
    public List<Customer> duplicatesOf(CustomerDraft draft, List<Contact> contacts, long excludeId) {
        return db.read(s -> {
            Map<Long, Customer> found = new LinkedHashMap<>();
            String nameKey = NameKeys.nameKey(draft.name());
            List<String> phones = new ArrayList<>();
            phones.add(NameKeys.phoneKey(draft.phone()));
            for (Contact c : contacts) {
                phones.add(NameKeys.phoneKey(c.mobile()));
                phones.add(NameKeys.phoneKey(c.phone()));
            }
            for (String phone : phones) {
                for (Customer c : s.customers().likelyDuplicates(nameKey, phone, excludeId)) {
                    found.putIfAbsent(c.id(), c);
                }
            }
            return List.copyOf(found.values());
        });
    }

    /**
     * Creates a customer with its contacts. When it looks like an existing customer this throws
     * {@link DuplicateCustomerException} unless the user confirmed it is a different one.
     */
    public Customer create(CustomerDraft draft, List<Contact> contacts, boolean confirmedNotDuplicate) {
        List<FieldError> errors = new ArrayList<>(CustomerValidator.validate(draft));
        contacts.forEach(c -> errors.addAll(CustomerValidator.validate(c)));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!confirmedNotDuplicate) {
            List<Customer> dups = duplicatesOf(draft, contacts, -1);
            if (!dups.isEmpty()) {
                throw new DuplicateCustomerException(dups);
            }
        }
        return writes.run("customer", tx -> {
            long id = tx.store().customers().insert(draft, tx.actor(), tx.now());
            tx.audit("customer", id, "create", "name", null, draft.name().trim());
            for (Contact c : contacts) {
                Contact owned = new Contact(0, id, c.name(), c.title(), c.phone(), c.mobile(), c.email(), c.wechat(),
                        c.primary());
                long contactId = tx.store().contacts().insert(owned, tx.actor(), tx.now());
                tx.audit("contact", contactId, "create", "name", null, c.name());
            }
            return tx.store().customers().byId(id).orElseThrow();
        });
    }

    public Customer update(long id, int version, CustomerDraft draft) {
        List<FieldError> errors = CustomerValidator.validate(draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return writes.run("customer", tx -> {
            Customer before = tx.store().customers().byId(id).orElseThrow(() -> new StaleEditException("customer", id));
            if (!tx.store().customers().update(id, version, draft, tx.actor(), tx.now())) {
                throw new StaleEditException("customer", id);
            }
            var changes = new FieldChanges<>(before.toDraft(), draft)
                    .check("name", CustomerDraft::name).check("shortName", CustomerDraft::shortName)
                    .check("grade", CustomerDraft::grade).check("source", CustomerDraft::source)
                    .check("industry", CustomerDraft::industry).check("address", CustomerDraft::address)
                    .check("phone", CustomerDraft::phone).check("owner", CustomerDraft::ownerId)
                    .check("tags", CustomerDraft::tags).check("notes", CustomerDraft::notes)
                    .changes();
            changes.forEach(c -> tx.audit("customer", id, "update", c.field(), c.oldValue(), c.newValue()));
            return tx.store().customers().byId(id).orElseThrow();
        });
    }

    /** Adds (id 0) or updates a contact of a customer. */
    public Contact saveContact(Contact contact) {
        List<FieldError> errors = CustomerValidator.validate(contact);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return writes.run("contact", tx -> {
            if (contact.id() == 0) {
                long id = tx.store().contacts().insert(contact, tx.actor(), tx.now());
                tx.audit("contact", id, "create", "name", null, contact.name());
                return tx.store().contacts().byId(id).orElseThrow();
            }
            Contact before = tx.store().contacts().byId(contact.id())
                    .orElseThrow(() -> new StaleEditException("contact", contact.id()));
            tx.store().contacts().update(contact, tx.actor(), tx.now());
            new FieldChanges<>(before, contact)
                    .check("name", Contact::name).check("title", Contact::title).check("phone", Contact::phone)
                    .check("mobile", Contact::mobile).check("email", Contact::email).check("wechat", Contact::wechat)
                    .check("primary", Contact::primary)
                    .changes().forEach(c -> tx.audit("contact", contact.id(), "update", c.field(), c.oldValue(), c.newValue()));
            return tx.store().contacts().byId(contact.id()).orElseThrow();
        });
    }

    public void deleteContact(long contactId) {
        writes.run("contact", tx -> {
            Contact before = tx.store().contacts().byId(contactId)
                    .orElseThrow(() -> new StaleEditException("contact", contactId));
            tx.store().contacts().delete(contactId);
            tx.audit("contact", contactId, "delete", "name", before.name(), null);
            return contactId;
        });
    }
}
