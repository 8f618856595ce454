package app.gendan.service.imports.write;

import app.gendan.domain.ExtraField;
import app.gendan.service.imports.plan.CustomerPlan;
import app.gendan.service.imports.plan.ExtraValues;
import app.gendan.service.imports.plan.FollowUpPlan;
import app.gendan.service.imports.plan.ImportPlan;
import app.gendan.service.imports.plan.OrderPlan;
import app.gendan.service.imports.values.KeptValue;
import app.gendan.store.ExtraFieldRepository;
import app.gendan.store.ExtraFieldRepository.NewExtra;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ObjLongConsumer;

/**
 * Stores the values no field took as extra fields of their customers, orders and follow-ups, after
 * those have their ids. A record Gendan had before the file gets only the values it does not hold
 * yet, so importing a tracker again does not repeat them.
 */
final class ExtraFieldWriter {
    private final ImportPlan plan;
    private final ExtraFieldRepository extras;
    private final long batchId;
    private final Long actor;
    private final Instant now;
    private final List<NewExtra> rows = new ArrayList<>();

    ExtraFieldWriter(ImportPlan plan, ExtraFieldRepository extras, long batchId, Long actor, Instant now) {
        this.plan = plan;
        this.extras = extras;
        this.batchId = batchId;
        this.actor = actor;
        this.now = now;
    }

    void write(ObjLongConsumer<String> tally) {
        List<Long> oldCustomers = new ArrayList<>();
        for (CustomerPlan c : plan.customers) {
            if (!c.isNew() && !c.extras.isEmpty()) {
                oldCustomers.add(c.id);
            }
        }
        Set<String> had = extras.keysOf(ExtraField.Owner.CUSTOMER, oldCustomers);
        for (CustomerPlan c : plan.customers) {
            add(ExtraField.Owner.CUSTOMER, c.id, c.extras, had);
        }
        List<Long> oldOrders = new ArrayList<>();
        for (OrderPlan o : plan.orders) {
            if (!o.isNew() && !o.extras.isEmpty()) {
                oldOrders.add(o.id);
            }
        }
        had = extras.keysOf(ExtraField.Owner.ORDER, oldOrders);
        for (OrderPlan o : plan.orders) {
            add(ExtraField.Owner.ORDER, o.id, o.extras, had);
        }
        for (FollowUpPlan f : plan.followUps) {
            add(ExtraField.Owner.FOLLOW_UP, f.id, f.extras, Set.of());
        }
        for (List<NewExtra> chunk : PlanWriter.chunks(rows)) {
            extras.insert(chunk, batchId, actor, now);
            tally.accept("extra_field", chunk.size());
        }
    }

    private void add(ExtraField.Owner owner, long id, ExtraValues values, Set<String> had) {
        for (KeptValue v : values.values()) {
            if (!had.contains(ExtraFieldRepository.key(id, v.header(), v.text()))) {
                rows.add(new NewExtra(owner, id, v.column(), v.header(), v.text()));
            }
        }
    }
}
