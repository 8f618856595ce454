package app.gendan.domain;

/** A customer company (客户). Optional fields are null when unknown. */
public record Customer(
        long id,
        String name,
        String shortName,
        String grade,
        String source,
        String industry,
        String address,
        String phone,
        Long ownerId,
        String tags,
        String notes,
        int version) {

    /** The fields a user edits; id and version come from the store. */
    public CustomerDraft toDraft() {
        return new CustomerDraft(name, shortName, grade, source, industry, address, phone, ownerId, tags, notes);
    }
}
