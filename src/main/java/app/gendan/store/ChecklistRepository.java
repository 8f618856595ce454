package app.gendan.store;

import static app.gendan.store.generated.Tables.ORDER_CHECKLIST_ITEM;

import app.gendan.domain.ChecklistItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The per-order copies of a stage's SOP checklist. */
public final class ChecklistRepository {
    private final DSLContext dsl;

    ChecklistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ChecklistItem> of(long orderId, long stageId) {
        return dsl.selectFrom(ORDER_CHECKLIST_ITEM)
                .where(ORDER_CHECKLIST_ITEM.ORDER_ID.eq(orderId).and(ORDER_CHECKLIST_ITEM.STAGE_ID.eq(stageId)))
                .orderBy(ORDER_CHECKLIST_ITEM.POSITION)
                .fetch(r -> new ChecklistItem(r.getId(), r.getOrderId(), r.getStageId(), r.getPosition(), r.getText(),
                        r.getDone(), r.getDoneAt()));
    }

    public Optional<ChecklistItem> byId(long id) {
        return dsl.selectFrom(ORDER_CHECKLIST_ITEM).where(ORDER_CHECKLIST_ITEM.ID.eq(id))
                .fetchOptional(r -> new ChecklistItem(r.getId(), r.getOrderId(), r.getStageId(), r.getPosition(),
                        r.getText(), r.getDone(), r.getDoneAt()));
    }

    /** Copies the stage's template onto the order unless the order already has its items. */
    public void ensureCopied(long orderId, long stageId, List<String> template) {
        boolean present = dsl.fetchExists(ORDER_CHECKLIST_ITEM,
                ORDER_CHECKLIST_ITEM.ORDER_ID.eq(orderId).and(ORDER_CHECKLIST_ITEM.STAGE_ID.eq(stageId)));
        if (present) {
            return;
        }
        int pos = 0;
        for (String text : template) {
            dsl.insertInto(ORDER_CHECKLIST_ITEM)
                    .set(ORDER_CHECKLIST_ITEM.ORDER_ID, orderId).set(ORDER_CHECKLIST_ITEM.STAGE_ID, stageId)
                    .set(ORDER_CHECKLIST_ITEM.POSITION, pos++).set(ORDER_CHECKLIST_ITEM.TEXT, text)
                    .execute();
        }
    }

    public void setDone(long itemId, boolean done, Long actor, Instant now) {
        dsl.update(ORDER_CHECKLIST_ITEM)
                .set(ORDER_CHECKLIST_ITEM.DONE, done)
                .set(ORDER_CHECKLIST_ITEM.DONE_AT, done ? now : null)
                .set(ORDER_CHECKLIST_ITEM.DONE_BY, done ? actor : null)
                .where(ORDER_CHECKLIST_ITEM.ID.eq(itemId))
                .execute();
    }
}
