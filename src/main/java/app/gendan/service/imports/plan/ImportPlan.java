package app.gendan.service.imports.plan;

import app.gendan.service.imports.ImportCounts;
import app.gendan.service.imports.ImportProblem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Everything an import will write, decided against the database, with its counts and problems. */
public final class ImportPlan {
    public final ImportLookups db;
    public final List<CustomerPlan> customers;
    public final List<OrderPlan> orders;
    public final List<FollowUpPlan> followUps;
    public final List<UserRef> newUsers;
    public final List<ImportProblem> problems;
    public final ImportCounts counts;
    final Instant now;
    public final ZoneId zone;

    ImportPlan(ImportPlanner planner, List<FollowUpPlan> followUps, ImportCounts counts, Instant now, ZoneId zone) {
        this.db = planner.db;
        this.customers = planner.customers;
        this.orders = planner.orders;
        this.followUps = followUps;
        this.newUsers = planner.newUsers;
        this.problems = planner.problems;
        this.counts = counts;
        this.now = now;
        this.zone = zone;
    }

    /** Rows of the database the plan writes (for progress). */
    public long writes() {
        return counts.usersCreated() + counts.customersCreated() + counts.customersUpdated() + counts.contactsCreated()
                + counts.ordersCreated() + counts.ordersUpdated() + counts.followUpsCreated();
    }
}
