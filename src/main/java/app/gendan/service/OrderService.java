package app.gendan.service;

import app.gendan.store.WriteTx;
import app.gendan.store.Writes;
import app.gendan.domain.ChecklistItem;
import app.gendan.domain.FieldError;
import app.gendan.domain.GendanException;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderNumberRule;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.OrderValidator;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.Stage;
import app.gendan.domain.StageKind;
import app.gendan.domain.ValidationException;
import app.gendan.store.Database;
import app.gendan.store.StoreTx;
import java.util.List;

/** Creating, editing and moving orders; every change is version-checked and audited. */
public final class OrderService {
    private final Database db;
    private final Writes writes;
    private final SettingsService settings;

    OrderService(Database db, Writes writes, SettingsService settings) {
        this.db = db;
        this.writes = writes;
        this.settings = settings;
    }

    public SalesOrder get(long orderId) {
        return db.read(s -> s.orders().byId(orderId)).orElseThrow(() -> new StaleEditException("order", orderId));
    }

    /** Creates an order in the first open stage of the pipeline, numbered by the team's rule. */
    public SalesOrder create(long pipelineId, OrderDraft input) {
        OrderDraft draft = input.withAmountFromLines();
        validate(draft);
        OrderNumberRule rule = OrderNumberRule.parse(settings.orderNumberPattern());
        return writes.run("order", tx -> {
            StoreTx s = tx.store();
            requireCustomer(s, draft);
            List<Stage> stages = s.pipelines().stages(pipelineId);
            Stage first = stages.stream().filter(st -> st.isOpen() && !st.archived()).findFirst()
                    .orElseThrow(() -> new GendanException("error.noPipeline"));
            Stage stage = closedStageFor(stages, draft.status(), first);
            String orderNo = nextOrderNo(s, rule, draft);
            long id = s.orders().insert(orderNo, pipelineId, stage.id(), draft, tx.actor(), tx.now());
            s.checklists().ensureCopied(id, stage.id(), stage.checklist());
            tx.audit("order", id, "create", "orderNo", null, orderNo);
            return s.orders().byId(id).orElseThrow();
        });
    }

    /** Saves the form; refused with {@link StaleEditException} when someone else saved since {@code version}. */
    public SalesOrder update(long orderId, int version, OrderDraft input) {
        OrderDraft draft = input.withAmountFromLines();
        validate(draft);
        return writes.run("order", tx -> {
            StoreTx s = tx.store();
            SalesOrder before = s.orders().byId(orderId).orElseThrow(() -> new StaleEditException("order", orderId));
            if (before.version() != version) {
                throw new StaleEditException("order", orderId);
            }
            requireCustomer(s, draft);
            if (!s.orders().update(orderId, version, draft, tx.actor(), tx.now())) {
                throw new StaleEditException("order", orderId);
            }
            OrderAudit.changes(before.draft(), draft)
                    .forEach(c -> tx.audit("order", orderId, "update", c.field(), c.oldValue(), c.newValue()));
            if (before.status() != draft.status()) {
                followStatus(tx, s.orders().byId(orderId).orElseThrow(), before.stageId());
            }
            return s.orders().byId(orderId).orElseThrow();
        });
    }

    /**
     * Moves an order to another stage. When the stage it leaves has unticked SOP items and the
     * user has not confirmed, throws {@link UnfinishedChecklistException} and changes nothing.
     */
    public SalesOrder move(long orderId, int version, long toStageId, boolean confirmedUnfinished) {
        return writes.run("order", tx -> {
            StoreTx s = tx.store();
            SalesOrder order = s.orders().byId(orderId).orElseThrow(() -> new StaleEditException("order", orderId));
            if (order.version() != version) {
                throw new StaleEditException("order", orderId);
            }
            if (order.stageId() == toStageId) {
                return order;
            }
            Stage from = s.pipelines().stage(order.stageId()).orElseThrow();
            Stage to = s.pipelines().stage(toStageId)
                    .filter(st -> st.pipelineId() == order.pipelineId() && st.isOpen() && !st.archived())
                    .orElseThrow(() -> new GendanException("error.move.badStage"));
            List<ChecklistItem> unfinished = s.checklists().of(orderId, from.id()).stream().filter(i -> !i.done()).toList();
            if (!unfinished.isEmpty() && !confirmedUnfinished) {
                throw new UnfinishedChecklistException(from.name(), unfinished);
            }
            if (!s.orders().move(orderId, version, toStageId, tx.now(), tx.actor())) {
                throw new StaleEditException("order", orderId);
            }
            s.checklists().ensureCopied(orderId, to.id(), to.checklist());
            tx.audit("order", orderId, "move", "stage", from.name(), to.name());
            return s.orders().byId(orderId).orElseThrow();
        });
    }

    /** What the order's imported trackers held that no Gendan field takes, under the columns' headers. */
    public List<app.gendan.domain.ExtraField> extraFields(long orderId) {
        return db.read(s -> s.extraFields().of(app.gendan.domain.ExtraField.Owner.ORDER, orderId));
    }

    /** The SOP checklist of the order's current stage. */
    public List<ChecklistItem> checklist(long orderId) {
        return db.read(s -> {
            SalesOrder order = s.orders().byId(orderId).orElseThrow(() -> new StaleEditException("order", orderId));
            return s.checklists().of(orderId, order.stageId());
        });
    }

    public void setChecklistItem(long itemId, boolean done) {
        writes.run("order", tx -> {
            ChecklistItem item = tx.store().checklists().byId(itemId)
                    .orElseThrow(() -> new StaleEditException("checklist", itemId));
            if (item.done() != done) {
                tx.store().checklists().setDone(itemId, done, tx.actor(), tx.now());
                tx.audit("order", item.orderId(), done ? "check" : "uncheck", "checklist", item.text(), null);
            }
            return item.orderId();
        });
    }

    private static void validate(OrderDraft draft) {
        List<FieldError> errors = OrderValidator.validate(draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void requireCustomer(StoreTx s, OrderDraft draft) {
        if (s.customers().byId(draft.customerId()).isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("customer", "validation.customerMissing")));
        }
    }

    /** Skips numbers already taken (e.g. by imported orders), so a number is never used twice. */
    private static String nextOrderNo(StoreTx s, OrderNumberRule rule, OrderDraft draft) {
        String scope = rule.scope(draft.orderDate());
        while (true) {
            String candidate = rule.render(draft.orderDate(), s.orderNumbers().next(scope));
            if (!s.orderNumbers().orderNoTaken(candidate)) {
                return candidate;
            }
        }
    }

    /** Won and lost orders sit in the pipeline's closed stages; a reopened one returns to the board. */
    private static void followStatus(WriteTx tx, SalesOrder order, long previousStageId) {
        List<Stage> stages = tx.store().pipelines().stages(order.pipelineId());
        Stage current = stages.stream().filter(s -> s.id() == previousStageId).findFirst().orElseThrow();
        Stage lastOpen = stages.stream().filter(s -> s.isOpen() && !s.archived()).reduce((a, b) -> b).orElse(current);
        Stage target = closedStageFor(stages, order.status(), current.isOpen() ? current : lastOpen);
        if (target.id() != current.id()) {
            tx.store().orders().move(order.id(), order.version(), target.id(), tx.now(), tx.actor());
            tx.audit("order", order.id(), "move", "stage", current.name(), target.name());
        }
    }

    private static Stage closedStageFor(List<Stage> stages, OrderStatus status, Stage openStage) {
        StageKind kind = switch (status) {
            case WON -> StageKind.WON;
            case LOST, CANCELLED -> StageKind.LOST;
            case OPEN -> StageKind.OPEN;
        };
        if (kind == StageKind.OPEN) {
            return openStage;
        }
        return stages.stream().filter(s -> s.kind() == kind).findFirst().orElse(openStage);
    }
}
