package app.gendan.service.imports.revert;

import app.gendan.domain.Customer;
import app.gendan.domain.GendanException;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.Stage;
import app.gendan.service.imports.ImportBatchStatus;
import app.gendan.service.imports.ImportService;
import app.gendan.service.imports.plan.AuditedField;
import app.gendan.service.imports.plan.CustomerFields;
import app.gendan.service.imports.plan.OrderFields;
import app.gendan.store.ImportBatchRepository;
import app.gendan.store.ImportRevertRepository.FieldUpdate;
import app.gendan.store.ImportRevertRepository.LaterChange;
import app.gendan.store.ImportRevertRepository;
import app.gendan.store.ImportWriteRepository.AuditRow;
import app.gendan.store.ImportWriteRepository;
import app.gendan.store.StoreTx;
import app.gendan.store.WriteTx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Undoes one import batch inside a write transaction: refuses (changing nothing) when a row the
 * batch touched was changed since, puts back the old values of the rows it updated from its audit
 * entries, and deletes what it created.
 */
public final class BatchReverter {
    private final WriteTx tx;
    private final StoreTx s;
    private final ImportRevertRepository r;
    private final long batchId;
    private final List<AuditRow> audit = new ArrayList<>();

    public BatchReverter(WriteTx tx, long batchId) {
        this.tx = tx;
        this.s = tx.store();
        this.r = s.importReverts();
        this.batchId = batchId;
    }

    /**
     * Refuses, changing nothing, unless the batch is committed and nobody changed what it touched
     * since; the first step of a revert (see {@link ImportService#revert}).
     */
    public ImportBatchRepository.Batch checkRevertible() {
        ImportBatchRepository.Batch batch = s.importBatches().byId(batchId)
                .orElseThrow(() -> new GendanException("imports.revert.unknownBatch", batchId));
        if (!ImportBatchStatus.COMMITTED.code().equals(batch.status())) {
            throw new GendanException("imports.revert.alreadyReverted", batchId);
        }
        long lastAudit = r.lastAuditId(batchId);
        r.laterChange(batchId, lastAudit).or(() -> r.createdRowChanged(batchId)).ifPresent(this::refuse);
        r.customerUsedElsewhere(batchId).ifPresent(id ->
                refuse(new LaterChange("customerInUse", id, null)));
        return batch;
    }

    /**
     * Undoes a batch that was marked reverting; the last write marks it reverted. Run again on a
     * batch a crash left half-reverted, it does the rest: what is already deleted stays deleted, and
     * fields already put back are put back to the same values.
     */
    public void revert() {
        ImportBatchRepository.Batch batch = s.importBatches().byId(batchId)
                .orElseThrow(() -> new GendanException("imports.revert.unknownBatch", batchId));
        if (!ImportBatchStatus.REVERTING.code().equals(batch.status())) {
            throw new GendanException("imports.revert.alreadyReverted", batchId);
        }
        restoreUpdates(r.fieldUpdates(batchId));
        r.auditRemovals(batchId, tx.actor(), tx.now());
        r.deleteCreated(batchId, r.created(batchId, "contact"));
        r.deleteOrDeactivateUsers(r.created(batchId, "user"));
        audit.add(new AuditRow("import", batchId, "revert", "file", batch.fileName(), null));
        s.importWrites().audit(audit, batchId, tx.actor(), tx.now());
        if (!s.importBatches().markReverted(batchId, tx.actor(), tx.now())) {
            throw new GendanException("imports.revert.alreadyReverted", batchId);
        }
    }

    /**
     * Removes what there is of an import whose commit did not complete (a crash of the serving
     * computer left part of it): the rows it created go, the rows it changed get their old values back,
     * and its audit trail goes with it, as if it had never started. No check for later changes: the
     * batch was never committed, so nobody was shown it as imported.
     */
    public void removeUnfinished() {
        restoreUpdates(r.fieldUpdates(batchId));
        audit.clear(); // the restore is not history: the import never happened
        r.deleteCreated(batchId, r.created(batchId, "contact"));
        r.deleteOrDeactivateUsers(r.created(batchId, "user"));
        r.deleteAuditOf(batchId);
    }

    private void refuse(LaterChange c) {
        String what = switch (c.entity()) {
            case "order" -> r.orderNo(c.entityId()).orElse("#" + c.entityId());
            case "customer", "customerInUse" -> r.customerName(c.entityId()).orElse("#" + c.entityId());
            case "contact" -> r.contactName(c.entityId()).orElse("#" + c.entityId());
            case "followup" -> r.followUpCustomerName(c.entityId()).orElse("#" + c.entityId());
            default -> "#" + c.entityId();
        };
        String key = switch (c.entity()) {
            case "order" -> "imports.revert.orderEdited";
            case "customer" -> "imports.revert.customerEdited";
            case "customerInUse" -> "imports.revert.customerInUse";
            case "contact" -> "imports.revert.contactEdited";
            case "followup" -> "imports.revert.followUpEdited";
            default -> "imports.revert.otherEdited";
        };
        throw new GendanException(key, batchId, what);
    }

    /** Each field gets the value it had before the batch: the old value of the batch's first change to it. */
    private void restoreUpdates(List<FieldUpdate> updates) {
        Map<Long, Map<String, String>> orders = new LinkedHashMap<>();
        Map<Long, Map<String, String>> customers = new LinkedHashMap<>();
        for (FieldUpdate u : updates) {
            Map<Long, Map<String, String>> target = switch (u.entity()) {
                case "order" -> orders;
                case "customer" -> customers;
                default -> null;
            };
            if (target != null) {
                target.computeIfAbsent(u.entityId(), id -> new LinkedHashMap<>()).putIfAbsent(u.field(), u.oldValue());
            }
        }
        restoreOrders(orders);
        restoreCustomers(customers);
    }

    private void restoreOrders(Map<Long, Map<String, String>> byOrder) {
        if (byOrder.isEmpty()) {
            return;
        }
        List<ImportWriteRepository.OrderUpdate> updates = new ArrayList<>();
        Map<Long, List<Stage>> stages = new HashMap<>();
        for (SalesOrder o : r.orders(byOrder.keySet())) {
            Map<String, String> old = byOrder.get(o.id());
            Map<String, Object> values = new HashMap<>();
            for (AuditedField f : OrderFields.FIELDS) {
                if (old.containsKey(f.audit())) {
                    values.put(f.component(), f.read(old.get(f.audit())));
                }
            }
            var draft = OrderFields.with(o.draft(), values);
            OrderFields.diff(o.draft(), draft)
                    .forEach(c -> audit.add(new AuditRow("order", o.id(), "update", c[0], c[1], c[2])));
            long stageId = o.stageId();
            Instant entered = o.stageEnteredAt();
            if (old.containsKey("stage")) {
                List<Stage> all = stages.computeIfAbsent(o.pipelineId(), id -> s.pipelines().stages(id));
                String name = old.get("stage");
                Stage before = all.stream().filter(st -> st.name().equals(name)).findFirst().orElse(null);
                if (before != null && before.id() != stageId) {
                    String now = all.stream().filter(st -> st.id() == o.stageId()).map(Stage::name).findFirst().orElse(null);
                    audit.add(new AuditRow("order", o.id(), "move", "stage", now, before.name()));
                    stageId = before.id();
                }
            }
            if (old.containsKey("stageEnteredAt") && old.get("stageEnteredAt") != null) {
                entered = Instant.parse(old.get("stageEnteredAt"));
            }
            updates.add(new ImportWriteRepository.OrderUpdate(o.id(), o.version(), draft, stageId, entered));
        }
        requireAll(s.importWrites().updateOrders(updates, tx.actor(), tx.now()));
    }

    private void restoreCustomers(Map<Long, Map<String, String>> byCustomer) {
        if (byCustomer.isEmpty()) {
            return;
        }
        List<ImportWriteRepository.CustomerUpdate> updates = new ArrayList<>();
        for (Customer c : r.customers(byCustomer.keySet())) {
            Map<String, String> old = byCustomer.get(c.id());
            Map<String, Object> values = new HashMap<>();
            for (AuditedField f : CustomerFields.FIELDS) {
                if (old.containsKey(f.audit())) {
                    values.put(f.component(), f.read(old.get(f.audit())));
                }
            }
            var draft = CustomerFields.with(c.toDraft(), values);
            CustomerFields.diff(c.toDraft(), draft)
                    .forEach(ch -> audit.add(new AuditRow("customer", c.id(), "update", ch[0], ch[1], ch[2])));
            updates.add(new ImportWriteRepository.CustomerUpdate(c.id(), c.version(), draft));
        }
        requireAll(s.importWrites().updateCustomers(updates, tx.actor(), tx.now()));
    }

    private static void requireAll(int[] results) {
        for (int n : results) {
            if (n != 1) {
                throw new GendanException("imports.error.changedMeanwhile");
            }
        }
    }
}
