package app.gendan.service.imports.write;

import app.gendan.domain.Contact;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.GendanException;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderNumberRule;
import app.gendan.domain.Role;
import app.gendan.domain.Stage;
import app.gendan.service.imports.ImportCancelledException;
import app.gendan.service.imports.ImportLaps;
import app.gendan.service.imports.ImportProgress;
import app.gendan.service.imports.plan.ContactPlan;
import app.gendan.service.imports.plan.CustomerPlan;
import app.gendan.service.imports.plan.FollowUpPlan;
import app.gendan.service.imports.plan.ImportPlan;
import app.gendan.service.imports.plan.OrderFields;
import app.gendan.service.imports.plan.OrderPlan;
import app.gendan.service.imports.plan.PlanFinisher;
import app.gendan.service.imports.plan.UserRef;
import app.gendan.store.BatchManifest;
import app.gendan.store.ImportWriteRepository.AuditRow;
import app.gendan.store.ImportWriteRepository;
import app.gendan.store.StoreTx;
import app.gendan.store.WriteTx;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Stores a finished plan inside the import's transaction, in bulk: users, customers, contacts,
 * orders (with lines, shipments and payments), order and customer updates, then follow-ups, each
 * in JDBC batches of {@value #CHUNK}; every entry of the audit trail carries the batch id. Cancel
 * is checked between chunks. Imported orders get no SOP checklist for the stage they arrive in:
 * nobody knows which of its items were done before Gendan; the next stage's list comes with the
 * next move, as for any order.
 */
public final class PlanWriter {
    static final int CHUNK = 1000;

    private final ImportPlan plan;
    private final WriteTx tx;
    private final StoreTx s;
    private final ImportWriteRepository w;
    private final long batchId;
    private final ImportProgress progress;
    private final BooleanSupplier cancel;
    private final OrderNumberRule rule;
    private final String fileName;
    private final List<AuditRow> audit = new ArrayList<>();
    private final Map<String, Long> tally = BatchManifest.noRows();
    private final long total;
    private long written;

    public PlanWriter(ImportPlan plan, WriteTx tx, long batchId, ImportProgress progress, BooleanSupplier cancel,
               OrderNumberRule rule, String fileName) {
        this.fileName = fileName;
        this.plan = plan;
        this.tx = tx;
        this.s = tx.store();
        this.w = s.importWrites();
        this.batchId = batchId;
        this.progress = progress;
        this.cancel = cancel;
        this.rule = rule;
        this.total = plan.writes();
    }

    public void write() {
        long t = System.nanoTime();
        users();
        customers();
        contacts();
        t = ImportLaps.lap("customers and contacts", t);
        orders();
        orderUpdates();
        t = ImportLaps.lap("orders", t);
        followUps();
        t = ImportLaps.lap("follow-ups", t);
        new ExtraFieldWriter(plan, s.extraFields(), batchId, tx.actor(), tx.now()).write(this::tally);
        boolean toOrdersBefore = plan.followUps.stream().anyMatch(f -> f.order != null && !f.order.isNew());
        tally("audit_entry", w.auditCreationsOfBatch(batchId, tx.actor(), tx.now(), toOrdersBefore));
        // the batch's own entry, last: what it created is told by the batch (see auditCreationsOfBatch)
        audit.add(new AuditRow("import", batchId, "create", "file", null, fileName));
        writeAudit(audit);
        ImportLaps.lap("audit trail", t);
    }

    /**
     * How many rows of each table this writer gave the batch: the manifest the import writes last.
     * Counted as they are written rather than by querying the batch's rows inside the import's own
     * transaction, which cost about 1.5 s of a 100,000-row import; the second step still counts what
     * the file holds whenever it cannot know the commit completed (see BatchCompletion).
     */
    public BatchManifest manifest() {
        return new BatchManifest(tally);
    }

    void tally(String table, long rows) {
        tally.merge(table, rows, Long::sum);
    }

    private void users() {
        for (UserRef u : plan.newUsers) {
            u.id = s.users().insert(u.login, u.displayName, Role.REP, tx.actor(), tx.now(), batchId);
            tally("app_user", 1);
            audit.add(new AuditRow("user", u.id, "create", "displayName", null, u.displayName));
            step(1);
        }
    }

    private void customers() {
        List<CustomerPlan> created = plan.customers.stream().filter(CustomerPlan::isNew).toList();
        for (List<CustomerPlan> chunk : chunks(created)) {
            w.insertCustomers(chunk.stream().map(CustomerPlan::draft).toList(), batchId, tx.actor(), tx.now());
            tally("customer", chunk.size());
            step(chunk.size());
        }
        if (!created.isEmpty()) {
            Map<String, Long> ids = w.customerIdsOfBatch(batchId);
            for (CustomerPlan c : created) {
                c.id = ids.get(c.draft().name().trim());
            }
        }
        List<ImportWriteRepository.CustomerUpdate> updates = new ArrayList<>();
        List<AuditRow> before = new ArrayList<>();
        for (CustomerPlan c : plan.customers) {
            if (c.isNew()) {
                continue;
            }
            List<String[]> changes = PlanFinisher.customerChanges(c);
            if (!changes.isEmpty()) {
                CustomerDraft d = c.draft();
                updates.add(new ImportWriteRepository.CustomerUpdate(c.id, c.existing.version(), d));
                changes.forEach(ch -> before.add(new AuditRow("customer", c.id, "update", ch[0], ch[1], ch[2])));
            }
        }
        writeBefore(before);
        for (List<ImportWriteRepository.CustomerUpdate> chunk : chunks(updates)) {
            requireAll(w.updateCustomers(chunk, tx.actor(), tx.now()));
            step(chunk.size());
        }
    }

    private void contacts() {
        List<Contact> ofNewCustomers = new ArrayList<>();
        for (CustomerPlan c : plan.customers) {
            for (ContactPlan k : c.contacts.values()) {
                if (!k.isNew()) {
                    continue;
                }
                Contact contact = new Contact(0, c.id, k.name, k.title, k.phone, k.mobile, k.email, k.wechat, k.primary);
                if (c.isNew()) {
                    ofNewCustomers.add(contact);
                } else {
                    k.id = s.contacts().insert(contact, tx.actor(), tx.now(), batchId);
                    tally("contact", 1);
                    audit.add(new AuditRow("contact", k.id, "create", "name", null, k.name));
                    step(1);
                }
            }
        }
        for (List<Contact> chunk : chunks(ofNewCustomers)) {
            w.insertContacts(chunk, batchId, tx.actor(), tx.now());
            tally("contact", chunk.size());
            step(chunk.size());
        }
        if (!ofNewCustomers.isEmpty()) {
            Map<String, Long> ids = w.contactIdsOfBatch(batchId);
            for (CustomerPlan c : plan.customers) {
                if (c.isNew()) {
                    c.contacts.values().forEach(k -> k.id = ids.get(c.id + "|" + k.name));
                }
            }
        }
    }

    private void orders() {
        List<OrderPlan> created = plan.orders.stream().filter(OrderPlan::isNew).toList();
        if (created.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(tx.now(), plan.zone);
        Map<OrderPlan, OrderDraft> drafts = new LinkedHashMap<>();
        for (OrderPlan o : created) {
            drafts.put(o, PlanFinisher.draft(o, plan.db.defaultOwnerId, today));
        }
        numberOrders(drafts);
        // Stored a customer at a time (in file order within each): the customer and contact indexes then
        // fill at their ends instead of at random places, which H2 stores and commits much faster.
        List<OrderPlan> inserted = new ArrayList<>(drafts.keySet());
        inserted.sort(Comparator.comparingLong(o -> o.customer.id));
        for (List<OrderPlan> chunk : chunks(inserted)) {
            long[] ids = w.insertOrders(chunk.stream().map(o -> new ImportWriteRepository.NewOrder(o.orderNo,
                    plan.db.pipelineId, o.stageId, stageEntered(o, null), drafts.get(o))).toList(), batchId, tx.actor(), tx.now());
            for (int i = 0; i < ids.length; i++) {
                chunk.get(i).id = ids[i];
            }
            tally("sales_order", ids.length);
            step(chunk.size());
        }
        List<ImportWriteRepository.LineRow> lines = new ArrayList<>();
        List<ImportWriteRepository.NewShipment> shipments = new ArrayList<>();
        List<ImportWriteRepository.NewPayment> payments = new ArrayList<>();
        for (Map.Entry<OrderPlan, OrderDraft> e : drafts.entrySet()) {
            OrderPlan o = e.getKey();
            if (o.line != null) {
                lines.add(new ImportWriteRepository.LineRow(o.id, 0, o.line));
            }
            if (o.shippedDate != null || o.carrier != null || o.trackingNo != null) {
                Instant shipped = o.shippedDate == null ? null : o.shippedDate.atStartOfDay(plan.zone).toInstant();
                shipments.add(new ImportWriteRepository.NewShipment(o.id, o.carrier, o.trackingNo, shipped));
            }
            if (o.receivedAmount != null || o.receivedDate != null) {
                BigDecimal received = o.receivedAmount != null ? o.receivedAmount : BigDecimal.ZERO;
                payments.add(new ImportWriteRepository.NewPayment(o.id, e.getValue().amount(), o.paymentDue, received,
                        o.receivedDate));
            }
        }
        chunks(lines).forEach(w::insertLines);
        chunks(shipments).forEach(c -> w.insertShipments(c, tx.actor(), tx.now()));
        chunks(payments).forEach(c -> w.insertPayments(c, tx.actor(), tx.now()));
        tally("order_line", lines.size());
        tally("shipment", shipments.size());
        tally("payment", payments.size());
    }

    /** File numbers as they are; the others from the team's rule, skipping any number already used. */
    private void numberOrders(Map<OrderPlan, OrderDraft> drafts) {
        Set<String> used = new HashSet<>();
        Map<String, List<OrderPlan>> byScope = new LinkedHashMap<>();
        drafts.forEach((o, d) -> {
            if (o.fileOrderNo != null) {
                o.orderNo = o.fileOrderNo;
                used.add(o.fileOrderNo);
            } else {
                byScope.computeIfAbsent(rule.scope(d.orderDate()), k -> new ArrayList<>()).add(o);
            }
        });
        for (List<OrderPlan> group : byScope.values()) {
            List<OrderPlan> waiting = new ArrayList<>(group);
            while (!waiting.isEmpty()) {
                LocalDate date = drafts.get(waiting.get(0)).orderDate();
                long first = s.orderNumbers().reserve(rule.scope(date), waiting.size());
                List<String> candidates = new ArrayList<>(waiting.size());
                for (int i = 0; i < waiting.size(); i++) {
                    candidates.add(rule.render(date, first + i));
                }
                Set<String> taken = new HashSet<>(s.importLookups().takenOrderNumbers(candidates));
                List<OrderPlan> still = new ArrayList<>();
                int next = 0;
                for (OrderPlan o : waiting) {
                    while (next < candidates.size() && (taken.contains(candidates.get(next)) || used.contains(candidates.get(next)))) {
                        next++;
                    }
                    if (next < candidates.size()) {
                        o.orderNo = candidates.get(next++);
                        used.add(o.orderNo);
                    } else {
                        still.add(o);
                    }
                }
                waiting = still;
            }
        }
    }

    private void orderUpdates() {
        LocalDate today = LocalDate.ofInstant(tx.now(), plan.zone);
        List<ImportWriteRepository.OrderUpdate> updates = new ArrayList<>();
        List<AuditRow> before = new ArrayList<>();
        for (OrderPlan o : plan.orders) {
            if (o.isNew() || !o.changed) {
                continue;
            }
            OrderDraft after = PlanFinisher.draft(o, plan.db.defaultOwnerId, today);
            OrderFields.diff(o.existing.draft(), after)
                    .forEach(c -> before.add(new AuditRow("order", o.id, "update", c[0], c[1], c[2])));
            Instant entered = o.existing.stageEnteredAt();
            if (o.stageId != o.existing.stageId()) {
                before.add(new AuditRow("order", o.id, "move", "stage", stageName(o.existing.pipelineId(),
                        o.existing.stageId()), stageName(o.existing.pipelineId(), o.stageId)));
                Instant since = stageEntered(o, entered);
                before.add(new AuditRow("order", o.id, "update", "stageEnteredAt", entered.toString(), since.toString()));
                entered = since;
            }
            updates.add(new ImportWriteRepository.OrderUpdate(o.id, o.existing.version(), after, o.stageId, entered));
        }
        writeBefore(before);
        for (List<ImportWriteRepository.OrderUpdate> chunk : chunks(updates)) {
            requireAll(w.updateOrders(chunk, tx.actor(), tx.now()));
            step(chunk.size());
        }
    }

    /**
     * When an order entered the stage the file gives it: the date of the row that set it, when that
     * lies between the order's previous stage change (if any) and now; else now.
     */
    private Instant stageEntered(OrderPlan o, Instant previous) {
        Instant since = o.stageSince == null ? null : o.stageSince.atZone(plan.zone).toInstant();
        boolean fits = since != null && !since.isAfter(tx.now()) && (previous == null || since.isAfter(previous));
        return fits ? since : tx.now();
    }

    private String stageName(long pipeline, long stageId) {
        return plan.db.stages(pipeline).stream().filter(st -> st.id() == stageId).map(Stage::name).findFirst()
                .orElse(Long.toString(stageId));
    }

    private void followUps() {
        // stored a customer and an order at a time (in file order within each), as the orders are
        List<FollowUpPlan> inOrder = new ArrayList<>(plan.followUps);
        inOrder.sort(Comparator.comparingLong((FollowUpPlan f) -> f.customer.id)
                .thenComparingLong(f -> f.order == null ? 0 : f.order.id));
        boolean withIds = inOrder.stream().anyMatch(f -> !f.extras.isEmpty());
        // built a chunk at a time: 100,000 drafts at once would only add to the import's peak memory
        for (List<FollowUpPlan> chunk : chunks(inOrder)) {
            List<ImportWriteRepository.NewFollowUp> rows = new ArrayList<>(chunk.size());
            for (FollowUpPlan f : chunk) {
                Instant happened = f.dated ? f.happened.atZone(plan.zone).toInstant() : tx.now();
                LocalDateTime due = f.nextDue;
                LocalTime time = due == null || due.toLocalTime().equals(LocalTime.MIDNIGHT) ? null : due.toLocalTime();
                Long owner = f.hasNextStep() ? nextOwner(f) : null;
                FollowUpDraft d = new FollowUpDraft(f.customer.id, f.order == null ? null : f.order.id, happened,
                        f.method, f.summary, f.feedback, f.resultStatus, f.nextAction,
                        due == null ? null : due.toLocalDate(), time, owner);
                rows.add(new ImportWriteRepository.NewFollowUp(d, f.nextDoneAt));
            }
            long[] ids = w.insertFollowUps(rows, plan.zone, batchId, tx.actor(), tx.now(), withIds);
            for (int i = 0; i < ids.length; i++) {
                chunk.get(i).id = ids[i];
            }
            tally("follow_up", rows.size());
            step(chunk.size());
        }
    }

    private long nextOwner(FollowUpPlan f) {
        if (f.nextOwner != null) {
            return f.nextOwner.id;
        }
        if (f.order != null) {
            if (f.order.owner != null) {
                return f.order.owner.id;
            }
            return f.order.isNew() ? plan.db.defaultOwnerId : f.order.existing.ownerId();
        }
        if (f.customer.owner != null) {
            return f.customer.owner.id;
        }
        if (!f.customer.isNew() && f.customer.existing.ownerId() != null) {
            return f.customer.existing.ownerId();
        }
        return plan.db.defaultOwnerId;
    }

    /**
     * The audit entries of updates, with the old values, go in before the updates themselves: H2
     * makes a large transaction's rows committed in the order they were written, so whatever part of
     * the import a crash of the serving computer leaves in the file, every row it changed has its old
     * values there to be put back (see V7__import_batch_completion.sql).
     */
    private void writeBefore(List<AuditRow> rows) {
        writeAudit(rows);
    }

    private void writeAudit(List<AuditRow> rows) {
        for (List<AuditRow> chunk : chunks(rows)) {
            w.audit(chunk, batchId, tx.actor(), tx.now());
            tally("audit_entry", chunk.size());
        }
    }

    private static void requireAll(int[] results) {
        for (int r : results) {
            if (r != 1) {
                throw new GendanException("imports.error.changedMeanwhile");
            }
        }
    }

    private void step(int rows) {
        if (cancel.getAsBoolean()) {
            throw new ImportCancelledException();
        }
        written += rows;
        progress.update(ImportProgress.Phase.WRITING, written, total);
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
