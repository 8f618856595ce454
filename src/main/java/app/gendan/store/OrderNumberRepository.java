package app.gendan.store;

import static app.gendan.store.generated.Tables.ORDER_NUMBER_COUNTER;
import static app.gendan.store.generated.Tables.SALES_ORDER;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Hands out the next counter value of a scope. The UPDATE takes a row lock that is held until
 * the surrounding transaction commits, so two connections creating orders at once get distinct
 * values; values are never handed out twice, even when the transaction that took one rolls back
 * later numbers simply skip it.
 */
public final class OrderNumberRepository {
    private final DSLContext dsl;

    OrderNumberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long next(String scope) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = dsl.update(ORDER_NUMBER_COUNTER)
                    .set(ORDER_NUMBER_COUNTER.LAST_VALUE, ORDER_NUMBER_COUNTER.LAST_VALUE.plus(1))
                    .where(ORDER_NUMBER_COUNTER.SCOPE.eq(scope))
                    .execute();
            if (updated == 1) {
                return dsl.select(ORDER_NUMBER_COUNTER.LAST_VALUE).from(ORDER_NUMBER_COUNTER)
                        .where(ORDER_NUMBER_COUNTER.SCOPE.eq(scope)).fetchSingle(ORDER_NUMBER_COUNTER.LAST_VALUE);
            }
            try {
                dsl.insertInto(ORDER_NUMBER_COUNTER)
                        .set(ORDER_NUMBER_COUNTER.SCOPE, scope)
                        .set(ORDER_NUMBER_COUNTER.LAST_VALUE, 1L)
                        .execute();
                return 1;
            } catch (IntegrityConstraintViolationException raced) {
                // another connection created the row first: take the update path again
            }
        }
        throw new IllegalStateException("order number counter " + scope + " unavailable");
    }

    /** Hands out {@code count} consecutive values at once (for an import); returns the first. */
    public long reserve(String scope, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count " + count);
        }
        long first = next(scope);
        if (count > 1) {
            dsl.update(ORDER_NUMBER_COUNTER)
                    .set(ORDER_NUMBER_COUNTER.LAST_VALUE, ORDER_NUMBER_COUNTER.LAST_VALUE.plus(count - 1))
                    .where(ORDER_NUMBER_COUNTER.SCOPE.eq(scope))
                    .execute();
        }
        return first;
    }

    public boolean orderNoTaken(String orderNo) {
        return dsl.fetchExists(SALES_ORDER, SALES_ORDER.ORDER_NO.eq(orderNo));
    }
}
