package app.gendan.store;

import static app.gendan.store.generated.Tables.CONTACT;
import static app.gendan.store.generated.Tables.CUSTOMER;
import static app.gendan.store.generated.Tables.SALES_ORDER;

import app.gendan.domain.SearchHit;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Global search (Ctrl+K): customers by name, short name, phone or an extra field's value; orders by
 * number, title, customer or an extra field's value.
 */
public final class SearchRepository {
    private final DSLContext dsl;

    SearchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SearchHit> customers(String text, String phoneKey, int limit) {
        String like = "%" + text.toLowerCase(Locale.ROOT) + "%";
        var c = DSL.lower(CUSTOMER.NAME).like(like).or(DSL.lower(CUSTOMER.SHORT_NAME).like(like))
                .or(ExtraFieldRepository.hasValueLike(app.gendan.domain.ExtraField.Owner.CUSTOMER, CUSTOMER.ID, text));
        if (phoneKey != null) {
            c = c.or(CUSTOMER.PHONE_KEY.like("%" + phoneKey + "%"))
                    .or(CUSTOMER.ID.in(DSL.select(CONTACT.CUSTOMER_ID).from(CONTACT)
                            .where(CONTACT.PHONE_KEY.like("%" + phoneKey + "%"))));
        }
        return dsl.select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.PHONE).from(CUSTOMER)
                .where(c.and(CUSTOMER.ARCHIVED.isFalse()))
                .orderBy(DSL.length(CUSTOMER.NAME), CUSTOMER.NAME)
                .limit(limit)
                .fetch(r -> new SearchHit(SearchHit.Kind.CUSTOMER, r.value1(), r.value2(), r.value3()));
    }

    public List<SearchHit> orders(String text, int limit) {
        String like = "%" + text.toLowerCase(Locale.ROOT) + "%";
        return dsl.select(SALES_ORDER.ID, SALES_ORDER.ORDER_NO, SALES_ORDER.TITLE, CUSTOMER.NAME)
                .from(SALES_ORDER).join(CUSTOMER).on(CUSTOMER.ID.eq(SALES_ORDER.CUSTOMER_ID))
                .where(DSL.lower(SALES_ORDER.ORDER_NO).like(like)
                        .or(DSL.lower(SALES_ORDER.TITLE).like(like))
                        .or(DSL.lower(CUSTOMER.NAME).like(like))
                        .or(ExtraFieldRepository.hasValueLike(app.gendan.domain.ExtraField.Owner.ORDER, SALES_ORDER.ID, text)))
                .orderBy(SALES_ORDER.UPDATED_AT.desc())
                .limit(limit)
                .fetch(r -> new SearchHit(SearchHit.Kind.ORDER, r.value1(), r.value2() + "  " + r.value3(), r.value4()));
    }
}
