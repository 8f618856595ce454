package app.gendan.service;

import app.gendan.store.Writes;
import app.gendan.domain.FieldError;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpValidator;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.ValidationException;
import app.gendan.store.Database;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Logging follow-ups and working their next steps: done, snooze, reassign. All audited. */
public final class FollowUpService {
    private static final String ENTITY = "followup";

    private final Database db;
    private final Writes writes;
    private final ZoneId zone;

    FollowUpService(Database db, Writes writes, ZoneId zone) {
        this.db = db;
        this.writes = writes;
        this.zone = zone;
    }

    public FollowUp get(long id) {
        return db.read(s -> s.followUps().byId(id)).orElseThrow(() -> new StaleEditException(ENTITY, id));
    }

    /**
     * Logs a follow-up; an order's follow-up is filed under the order's customer. The order's
     * earlier open steps stay open beside a new one (see {@link #logReplacingEarlierSteps}).
     */
    public FollowUp log(FollowUpDraft draft) {
        return log(draft, false);
    }

    /**
     * Logs a follow-up whose new next step replaces the order's earlier open steps, which are
     * marked done: what the follow-up form does, so an order shows one next step unless the user
     * keeps the old one on purpose.
     */
    public FollowUp logReplacingEarlierSteps(FollowUpDraft draft) {
        return log(draft, true);
    }

    private FollowUp log(FollowUpDraft draft, boolean closeEarlierSteps) {
        FollowUpDraft d = withOrderCustomer(draft);
        validate(d);
        return writes.run(ENTITY, tx -> {
            long id = tx.store().followUps().insert(d, zone, tx.actor(), tx.now());
            tx.audit(ENTITY, id, "create", "summary", null, d.summary());
            if (d.orderId() != null) {
                tx.audit("order", d.orderId(), "followup", "summary", null, d.summary());
                if (closeEarlierSteps && d.hasNextStep()) {
                    closeEarlierSteps(tx, d.orderId(), id);
                }
            }
            return tx.store().followUps().byId(id).orElseThrow();
        });
    }

    private static void closeEarlierSteps(app.gendan.store.WriteTx tx, long orderId, long newId) {
        for (FollowUp earlier : tx.store().followUps().openStepsOfOrder(orderId, newId)) {
            if (!tx.store().followUps().markDone(earlier.id(), earlier.version(), tx.actor(), tx.now())) {
                throw new StaleEditException(ENTITY, earlier.id());
            }
            tx.audit(ENTITY, earlier.id(), "done", "nextAction", earlier.nextStep().action(), null);
        }
    }

    public FollowUp update(long id, int version, FollowUpDraft draft) {
        FollowUpDraft d = withOrderCustomer(draft);
        validate(d);
        return writes.run(ENTITY, tx -> {
            FollowUp before = tx.store().followUps().byId(id).orElseThrow(() -> new StaleEditException(ENTITY, id));
            if (!tx.store().followUps().update(id, version, d, zone, tx.actor(), tx.now())) {
                throw new StaleEditException(ENTITY, id);
            }
            FollowUp after = tx.store().followUps().byId(id).orElseThrow();
            new FieldChanges<>(before, after)
                    .check("happenedAt", FollowUp::happenedAt).check("method", f -> f.method().code())
                    .check("summary", FollowUp::summary).check("feedback", FollowUp::feedback)
                    .check("resultStatus", FollowUp::resultStatus)
                    .check("nextAction", f -> f.nextStep() == null ? null : f.nextStep().action())
                    .check("nextDue", f -> f.nextStep() == null ? null : f.nextStep().dueAt())
                    .check("nextOwner", f -> f.nextStep() == null ? null : f.nextStep().ownerId())
                    .changes().forEach(c -> tx.audit(ENTITY, id, "update", c.field(), c.oldValue(), c.newValue()));
            return after;
        });
    }

    public void delete(long id, int version) {
        writes.run(ENTITY, tx -> {
            FollowUp before = tx.store().followUps().byId(id).orElseThrow(() -> new StaleEditException(ENTITY, id));
            if (!tx.store().followUps().delete(id, version, tx.actor(), tx.now())) {
                throw new StaleEditException(ENTITY, id);
            }
            tx.audit(ENTITY, id, "delete", "summary", before.summary(), null);
            return id;
        });
    }

    /**
     * Marks the next step done. With an outcome, logs it as a new follow-up (which usually sets
     * the following step) in the same transaction.
     */
    public FollowUp complete(long id, int version, FollowUpDraft outcomeOrNull) {
        FollowUpDraft outcome = outcomeOrNull == null ? null : withOrderCustomer(outcomeOrNull);
        if (outcome != null) {
            validate(outcome);
        }
        return writes.run(ENTITY, tx -> {
            FollowUp step = tx.store().followUps().byId(id).orElseThrow(() -> new StaleEditException(ENTITY, id));
            if (!tx.store().followUps().markDone(id, version, tx.actor(), tx.now())) {
                throw new StaleEditException(ENTITY, id);
            }
            tx.audit(ENTITY, id, "done", "nextAction", step.nextStep() == null ? null : step.nextStep().action(), null);
            if (outcome == null) {
                return tx.store().followUps().byId(id).orElseThrow();
            }
            long newId = tx.store().followUps().insert(outcome, zone, tx.actor(), tx.now());
            tx.audit(ENTITY, newId, "create", "summary", null, outcome.summary());
            if (outcome.orderId() != null) {
                tx.audit("order", outcome.orderId(), "followup", "summary", null, outcome.summary());
            }
            return tx.store().followUps().byId(newId).orElseThrow();
        });
    }

    /** Pushes the step's reminder and its place in Today to {@code until}. */
    public FollowUp snooze(long id, int version, Instant until) {
        return writes.run(ENTITY, tx -> {
            FollowUp before = tx.store().followUps().byId(id).orElseThrow(() -> new StaleEditException(ENTITY, id));
            if (!tx.store().followUps().snooze(id, version, until, tx.actor(), tx.now())) {
                throw new StaleEditException(ENTITY, id);
            }
            tx.audit(ENTITY, id, "snooze", "snoozedUntil",
                    before.nextStep() == null ? null : before.nextStep().snoozedUntil(), until);
            return tx.store().followUps().byId(id).orElseThrow();
        });
    }

    public FollowUp reassign(long id, int version, long newOwnerId) {
        return writes.run(ENTITY, tx -> {
            FollowUp before = tx.store().followUps().byId(id).orElseThrow(() -> new StaleEditException(ENTITY, id));
            if (tx.store().users().byId(newOwnerId).isEmpty()) {
                throw new ValidationException(List.of(FieldError.of("nextOwner", "validation.required")));
            }
            if (!tx.store().followUps().reassign(id, version, newOwnerId, tx.actor(), tx.now())) {
                throw new StaleEditException(ENTITY, id);
            }
            tx.audit(ENTITY, id, "update", "nextOwner", before.nextStep() == null ? null : before.nextStep().ownerId(),
                    newOwnerId);
            return tx.store().followUps().byId(id).orElseThrow();
        });
    }

    /** Newest first; the UI puts the open next step on top. */
    public List<FollowUp> ofOrder(long orderId) {
        return db.read(s -> s.followUps().ofOrder(orderId));
    }

    public List<FollowUp> ofCustomer(long customerId) {
        return db.read(s -> s.followUps().ofCustomer(customerId));
    }

    private FollowUpDraft withOrderCustomer(FollowUpDraft d) {
        if (d.orderId() == null) {
            return d;
        }
        SalesOrder order = db.read(s -> s.orders().byId(d.orderId()))
                .orElseThrow(() -> new ValidationException(List.of(FieldError.of("order", "validation.required"))));
        return new FollowUpDraft(order.customerId(), d.orderId(), d.happenedAt(), d.method(), d.summary(), d.feedback(),
                d.resultStatus(), d.nextAction(), d.nextDueDate(), d.nextDueTime(),
                d.hasNextStep() && d.nextOwnerId() == null ? Long.valueOf(order.ownerId()) : d.nextOwnerId());
    }

    private static void validate(FollowUpDraft d) {
        List<FieldError> errors = FollowUpValidator.validate(d);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
