package app.gendan.service.imports.plan;

import app.gendan.domain.CustomerDraft;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.Stage;
import app.gendan.domain.StageKind;
import app.gendan.service.imports.ImportCounts;
import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.Severity;
import app.gendan.service.imports.map.StageWordMapper;
import app.gendan.store.ImportLookupRepository;
import app.gendan.store.StoreTx;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes a plan against the database once every row is read: fetches the orders it updates,
 * decides stages, drops follow-ups that are already there, closes the next steps that later
 * follow-ups superseded, and counts what will be created, updated and left alone.
 */
public final class PlanFinisher {
    private final ImportPlanner plan;
    private final ImportLookups db;
    private final StoreTx store;
    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;

    /** Days before the file's save date after which an open next step counts as long past. */
    public static final int PAST_STEP_DAYS = 30;

    private final LocalDate pastBefore;
    private int pastStepsClosed;

    /**
     * @param pastBefore next steps due before this day are imported as done on their due date; null
     *                   keeps every step open
     */
    public PlanFinisher(ImportPlanner plan, StoreTx store, ZoneId zone, Instant now, LocalDate pastBefore) {
        this.pastBefore = pastBefore;
        this.plan = plan;
        this.db = plan.db;
        this.store = store;
        this.zone = zone;
        this.now = now;
        this.today = LocalDate.ofInstant(now, zone);
    }

    public ImportPlan finish() {
        fetchExistingOrders();
        int ordersUpdated = 0;
        int ordersUnchanged = 0;
        for (OrderPlan o : plan.orders) {
            decideStage(o);
            if (!o.isNew()) {
                o.changed = o.stageId != o.existing.stageId() || !OrderFields.diff(o.existing.draft(), draft(o)).isEmpty();
                if (o.changed) {
                    ordersUpdated++;
                } else {
                    ordersUnchanged++;
                }
            }
        }
        List<FollowUpPlan> followUps = new ArrayList<>();
        int followUpsUnchanged = dropKnownFollowUps(followUps);
        closeSupersededSteps(followUps);
        closePastSteps(followUps);

        int customersCreated = 0;
        int customersUpdated = 0;
        int customersUnchanged = 0;
        int contactsCreated = 0;
        for (CustomerPlan c : plan.customers) {
            if (c.isNew()) {
                customersCreated++;
            } else if (customerChanges(c).isEmpty()) {
                customersUnchanged++;
            } else {
                customersUpdated++;
            }
            contactsCreated += (int) c.contacts.values().stream().filter(ContactPlan::isNew).count();
        }
        int ordersCreated = (int) plan.orders.stream().filter(OrderPlan::isNew).count();
        ImportCounts counts = new ImportCounts(plan.rows, plan.skipped, customersCreated, customersUpdated,
                customersUnchanged, contactsCreated, ordersCreated, ordersUpdated, ordersUnchanged, followUps.size(),
                followUpsUnchanged, plan.newUsers.size(), pastStepsClosed);
        return new ImportPlan(plan, followUps, counts, now, zone);
    }

    private void fetchExistingOrders() {
        List<Long> ids = plan.orders.stream().filter(o -> !o.isNew()).map(o -> o.existingId).toList();
        Map<Long, SalesOrder> found = new HashMap<>();
        for (SalesOrder o : store.importLookups().orders(ids)) {
            found.put(o.id(), o);
        }
        for (OrderPlan o : plan.orders) {
            if (!o.isNew()) {
                o.existing = found.get(o.existingId);
            }
        }
    }

    /** The order as it will be stored (ids of users and contacts the import creates are 0 until written). */
    OrderDraft draft(OrderPlan o) {
        return draft(o, db.defaultOwnerId, today);
    }

    public static OrderDraft draft(OrderPlan o, long defaultOwner, LocalDate today) {
        Long contact = o.contact == null ? null : o.contact.id;
        if (o.isNew()) {
            BigDecimal amount = o.amount != null ? o.amount : o.line != null ? o.line.amount() : BigDecimal.ZERO;
            LocalDate date = o.orderDate != null ? o.orderDate : o.firstSeen != null ? o.firstSeen : today;
            return new OrderDraft(o.title != null ? o.title : o.derivedTitle, o.customer.id, contact,
                    o.owner != null ? o.owner.id : defaultOwner, or(o.priority, Priority.NORMAL), amount,
                    or(o.currency, "CNY"), date, o.expectedClose, o.promisedDelivery, o.shipBy, o.paymentDue,
                    o.quoteExpires, o.contractExpires, or(o.status, OrderStatus.OPEN), o.lostReason, o.notes,
                    o.line == null ? List.of() : List.of(o.line));
        }
        OrderDraft b = o.existing.draft();
        return new OrderDraft(or(o.title, b.title()), b.customerId(), b.contactId() != null ? b.contactId() : contact,
                o.owner != null ? o.owner.id : b.ownerId(), or(o.priority, b.priority()), or(o.amount, b.amount()),
                or(o.currency, b.currency()), or(o.orderDate, b.orderDate()), or(o.expectedClose, b.expectedClose()),
                or(o.promisedDelivery, b.promisedDelivery()), or(o.shipBy, b.shipBy()), or(o.paymentDue, b.paymentDue()),
                or(o.quoteExpires, b.quoteExpires()), or(o.contractExpires, b.contractExpires()),
                or(o.status, b.status()), or(o.lostReason, b.lostReason()), or(o.notes, b.notes()), b.lines());
    }

    public static List<String[]> customerChanges(CustomerPlan c) {
        CustomerDraft before = c.existing.toDraft();
        return CustomerFields.diff(before, c.draft());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    // ---- stages

    private void decideStage(OrderPlan o) {
        long pipeline = o.isNew() ? db.pipelineId : o.existing.pipelineId();
        List<Stage> stages = db.stages(pipeline);
        List<Stage> open = stages.stream().filter(s -> s.isOpen() && !s.archived()).toList();
        Stage current = o.isNew() ? null : stages.stream().filter(s -> s.id() == o.existing.stageId()).findFirst()
                .orElse(null);
        Stage fallback = current != null && current.isOpen() ? current
                : open.isEmpty() ? current : current != null ? open.get(open.size() - 1) : open.get(0);
        OrderStatus status = o.status != null ? o.status : o.isNew() ? OrderStatus.OPEN : o.existing.status();
        Stage target = switch (status) {
            case WON -> closed(stages, StageKind.WON, fallback);
            case LOST, CANCELLED -> closed(stages, StageKind.LOST, fallback);
            case OPEN -> o.stageName == null ? fallback : named(open, o, fallback);
        };
        if (target == null) {
            throw new app.gendan.domain.GendanException("error.noPipeline");
        }
        o.stageId = target.id();
    }

    private static Stage closed(List<Stage> stages, StageKind kind, Stage fallback) {
        return stages.stream().filter(s -> s.kind() == kind).findFirst().orElse(fallback);
    }

    /**
     * A stage word's stage: by name; else a default stage (still keyed) whose name is the word in
     * either language; else by its place in the default pipeline when the names are in another language.
     */
    private Stage named(List<Stage> open, OrderPlan o, Stage fallback) {
        for (Stage s : open) {
            if (s.name().equals(o.stageName)) {
                return s;
            }
        }
        int index = StageWordMapper.DEFAULT_STAGES.indexOf(o.stageName);
        for (Stage s : open) {
            if (s.nameKey() != null && (index >= 0 && s.nameKey().equals(app.gendan.domain.i18n.DefaultNames.stage(index + 1))
                    || app.gendan.domain.i18n.DefaultNames.everyLanguage(s.nameKey()).contains(o.stageName))) {
                return s;
            }
        }
        if (index >= 0 && open.size() >= StageWordMapper.DEFAULT_STAGES.size()) {
            return open.get(index);
        }
        if (fallback != null) {
            plan.problems.add(new ImportProblem(o.stageSheet, o.stageRow, o.stageColumn, Severity.WARNING,
                    "imports.problem.noPipelineStage", List.of(o.stageName, fallback.name())));
        }
        return fallback;
    }

    // ---- follow-ups

    /** Keeps the follow-ups not yet in Gendan (once each) in {@code out}; returns how many were already there. */
    private int dropKnownFollowUps(List<FollowUpPlan> out) {
        Set<Long> customerIds = new HashSet<>();
        for (FollowUpPlan f : plan.followUps) {
            if (f.order != null) {
                f.customer = f.order.customer;
            }
            if (f.nextAction != null && f.nextDue == null) {
                f.nextDue = f.happened != null ? f.happened : today.atStartOfDay();
                f.dueDefaulted = true;
            }
            if (!f.customer.isNew() && (f.order == null || !f.order.isNew())) {
                customerIds.add(f.customer.existing.id());
            }
        }
        Set<String> known = new HashSet<>();
        for (ImportLookupRepository.FollowUpKey k : store.importLookups().followUps(customerIds)) {
            for (Instant happened : new Instant[] {k.happenedAt(), null}) {
                for (Instant due : new Instant[] {k.nextDueAt(), null}) {
                    known.add(FollowUpPlan.key(k.customerId(), k.orderId(), happened, k.summary(), k.nextAction(), due));
                }
            }
        }
        Set<String> seen = HashSet.newHashSet(plan.followUps.size()); // sized once: a big file has 100,000s
        int unchanged = 0;
        for (FollowUpPlan f : plan.followUps) {
            Instant happened = f.dated ? instant(f.happened) : null;
            Instant due = f.dueDefaulted ? null : instant(f.nextDue);
            boolean inDb = !f.customer.isNew() && (f.order == null || !f.order.isNew());
            String key = inDb
                    ? FollowUpPlan.key(f.customer.existing.id(), f.order == null ? null : f.order.existingId, happened,
                            f.summary, f.nextAction, due)
                    : FollowUpPlan.key(-1 - f.customer.seq, f.order == null ? null : (long) -1 - f.order.seq, happened,
                            f.summary, f.nextAction, due);
            if (inDb && known.contains(key)) {
                unchanged++;
            } else if (seen.add(key) || f.ownRow && !inDb) {
                // an order list repeats an order's last follow-up on each copy of the order, kept once;
                // a log's rows are contacts of their own, even two worded alike on one day
                out.add(f);
            }
        }
        return unchanged;
    }

    /**
     * An old tracker lists every follow-up with the next step planned then; only the newest of
     * an order (or of a customer without orders) is still to do, the others were done when the
     * next follow-up happened.
     */
    private void closeSupersededSteps(List<FollowUpPlan> followUps) {
        // grouped by the order or customer itself (plans are equal only to themselves)
        Map<Object, List<FollowUpPlan>> groups = LinkedHashMap.newLinkedHashMap(followUps.size());
        for (FollowUpPlan f : followUps) {
            Object group = f.order != null ? f.order : f.customer;
            groups.computeIfAbsent(group, g -> new ArrayList<>(2)).add(f);
        }
        Comparator<FollowUpPlan> byTime = Comparator
                .comparing((FollowUpPlan f) -> f.happened == null ? LocalDateTime.MAX : f.happened)
                .thenComparingInt(f -> f.seq);
        for (List<FollowUpPlan> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(byTime);
            for (int i = 0; i < group.size() - 1; i++) {
                FollowUpPlan f = group.get(i);
                if (f.hasNextStep()) {
                    LocalDateTime next = group.get(i + 1).happened;
                    f.nextDoneAt = next == null ? now : instant(next);
                }
            }
        }
    }

    /**
     * A two-year-old tracker's open next steps were done or dropped long before it was last saved:
     * imported as done on their due day, they stay in the history without filling Today.
     */
    private void closePastSteps(List<FollowUpPlan> followUps) {
        if (pastBefore == null) {
            return;
        }
        for (FollowUpPlan f : followUps) {
            if (f.hasNextStep() && f.nextDoneAt == null && f.nextDue != null && f.nextDue.toLocalDate().isBefore(pastBefore)) {
                f.nextDoneAt = instant(f.nextDue);
                pastStepsClosed++;
            }
        }
    }

    private Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(zone).toInstant();
    }
}
