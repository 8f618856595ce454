package app.gendan.domain;

/** A person at a customer (联系人). id is 0 for a contact not saved yet. */
public record Contact(
        long id,
        long customerId,
        String name,
        String title,
        String phone,
        String mobile,
        String email,
        String wechat,
        boolean primary) {}
