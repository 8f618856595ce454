package app.gendan.service.imports.plan;

/** A contact a row names: one the customer already has, or a new one. */
public final class ContactPlan {
    final Long existingId;
    public final String name;
    public String title;
    public String phone;
    public String mobile;
    public String email;
    public String wechat;
    public boolean primary;
    public long id;

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

    public boolean isNew() {
        return existingId == null;
    }
}
