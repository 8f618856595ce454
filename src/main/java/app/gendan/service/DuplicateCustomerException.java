package app.gendan.service;

import app.gendan.domain.Customer;
import app.gendan.domain.GendanException;
import java.util.List;

/** The customer being created looks like one that exists (same normalised name or phone). */
public class DuplicateCustomerException extends GendanException {
    private final transient List<Customer> existing;

    public DuplicateCustomerException(List<Customer> existing) {
        super("error.customer.duplicate", existing.get(0).name());
        this.existing = List.copyOf(existing);
    }

    public List<Customer> existing() { return existing; }
}
