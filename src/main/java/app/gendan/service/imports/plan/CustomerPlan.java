package app.gendan.service.imports.plan;

import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.NameKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer the rows are about: one already in Gendan (the file may fill its blank fields) or
 * a new one (the first row that names it gives its fields, later rows fill what is still blank).
 */
public final class CustomerPlan {
    public final Customer existing;
    public final String nameKey;
    /** {@link app.gendan.domain.NameKeys#legalForm}: "Contoso GmbH" and "Contoso LLC" share a name key, not a form. */
    final String legalForm;
    /** Order of first mention, which identifies the plan in keys. */
    int seq;
    String name;
    String shortName;
    String industry;
    String source;
    String grade;
    String address;
    String phone;
    public UserRef owner;
    /** Contacts by normalised name. */
    public final Map<String, ContactPlan> contacts = new LinkedHashMap<>();
    boolean hasContacts;
    public long id;
    /** Values of the row's columns that no field took, kept with this record. */
    public final ExtraValues extras = new ExtraValues();

    private CustomerPlan(Customer existing, String nameKey, String name) {
        this.existing = existing;
        this.nameKey = nameKey;
        this.name = name;
        this.legalForm = NameKeys.legalForm(name);
        this.id = existing == null ? 0 : existing.id();
    }

    static CustomerPlan existing(Customer c, String nameKey, boolean hasContacts) {
        CustomerPlan p = new CustomerPlan(c, nameKey, c.name());
        p.hasContacts = hasContacts;
        return p;
    }

    static CustomerPlan create(String nameKey, String name) {
        return new CustomerPlan(null, nameKey, name);
    }

    public boolean isNew() {
        return existing == null;
    }

    String displayName() {
        return name;
    }

    /** The fields as they will be stored: for an existing customer, its own values with blanks filled. */
    public CustomerDraft draft() {
        Long ownerId = owner == null ? null : owner.id;
        if (existing == null) {
            return new CustomerDraft(name, shortName, grade, source, industry, address, phone, ownerId, null, null);
        }
        Customer c = existing;
        return new CustomerDraft(c.name(), or(c.shortName(), shortName), or(c.grade(), grade), or(c.source(), source),
                or(c.industry(), industry), or(c.address(), address), or(c.phone(), phone),
                c.ownerId() != null ? c.ownerId() : ownerId, c.tags(), c.notes());
    }

    private static String or(String before, String value) {
        return before == null || before.isBlank() ? value : before;
    }
}
