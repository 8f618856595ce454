package app.gendan.service.imports;

/** A contact a row names: one the customer already has, or a new one. */
final class ContactPlan {
    final Long existingId;
    final String name;
    String title;
    String phone;
    String mobile;
    String email;
    String wechat;
    boolean primary;
    long id;

    private ContactPlan(Long existingId, String name) {
        this.existingId = existingId;
        this.name = name;
        this.id = existingId == null ? 0 : existingId;
    }

    static ContactPlan existing(long id, String name) {
        return new ContactPlan(id, name);
    }

    static ContactPlan create(String name) {
        return new ContactPlan(null, name);
    }

    boolean isNew() {
        return existingId == null;
    }
}
