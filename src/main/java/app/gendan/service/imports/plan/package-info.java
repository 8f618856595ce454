/**
 * Fifth stage: what the parsed rows mean for the database, without writing anything.
 *
 * <p>Decides which customers, contacts, orders, follow-ups and users already exist and which are
 * new, and what the rows change about them: customers match by normalised name or phone,
 * orders by number or else by customer, title and date. The finished
 * {@link app.gendan.service.imports.plan.ImportPlan} also holds the counts and problems that a
 * preview shows.
 *
 * <p>Next: {@link app.gendan.service.imports.write} stores the plan as one import batch.
 */
package app.gendan.service.imports.plan;
