package app.gendan.service.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Everything an import will write, decided against the database, with its counts and problems. */
final class ImportPlan {
    final ImportLookups db;
    final List<CustomerPlan> customers;
    final List<OrderPlan> orders;
    final List<FollowUpPlan> followUps;
    final List<UserRef> newUsers;
    final List<ImportProblem> problems;
    final ImportCounts counts;
    final Instant now;
    final ZoneId zone;

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
    long writes() {
        return counts.usersCreated() + counts.customersCreated() + counts.customersUpdated() + counts.contactsCreated()
                + counts.ordersCreated() + counts.ordersUpdated() + counts.followUpsCreated();
    }
}
