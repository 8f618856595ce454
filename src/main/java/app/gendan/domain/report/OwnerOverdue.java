package app.gendan.domain.report;

import java.time.LocalDate;

/**
 * Overdue next steps of one owner (ownerName null for steps nobody owns): how many, and the
 * due date of the oldest with how many days it is late.
 */
public record OwnerOverdue(String ownerName, long overdueCount, LocalDate oldestDue, long oldestDaysOverdue) {}
