package app.gendan.domain;

/** What a user types into the customer form. */
public record CustomerDraft(
        String name,
        String shortName,
        String grade,
        String source,
        String industry,
        String address,
        String phone,
        Long ownerId,
        String tags,
        String notes) {

    public static CustomerDraft named(String name) {
        return new CustomerDraft(name, null, null, null, null, null, null, null, null, null);
    }

    public CustomerDraft withPhone(String newPhone) {
        return new CustomerDraft(name, shortName, grade, source, industry, address, newPhone, ownerId, tags, notes);
    }
}
