package app.gendan.service.imports.plan;

import app.gendan.domain.OrderLine;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import app.gendan.service.imports.StageMatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An order the rows are about, found by its number or (without one) by customer, title and date.
 * Each field holds what the file says (null: the file does not say). Several rows about one order
 * merge: a row dated later than those applied so far overrides their values, an earlier one only
 * fills what is still unknown.
 */
public final class OrderPlan {
    String key;
    int seq;
    /** The number in the file, null when Gendan numbers the order. */
    public final String fileOrderNo;
    final Long existingId;
    public SalesOrder existing;
    public CustomerPlan customer;
    ContactPlan contact;
    public UserRef owner;
    /** Title from a title column; {@code derivedTitle} is what a new order is called without one. */
    String title;
    String derivedTitle;
    Priority priority;
    BigDecimal amount;
    String currency;
    LocalDate orderDate;
    LocalDate expectedClose;
    LocalDate promisedDelivery;
    LocalDate shipBy;
    public LocalDate paymentDue;
    LocalDate quoteExpires;
    LocalDate contractExpires;
    OrderStatus status;
    String stageName;
    String lostReason;
    String notes;
    public OrderLine line;
    public LocalDate shippedDate;
    public String carrier;
    public String trackingNo;
    public BigDecimal receivedAmount;
    public LocalDate receivedDate;
    /** The earliest activity date seen (follow-ups, creation), a new order's date when none is given. */
    LocalDate firstSeen;
    LocalDateTime latest;
    /** The sheet and row that last set the stage, for problems about it. */
    String stageSheet;
    int stageRow;
    /**
     * When the order reached the stage the file leaves it in: the date of the first row that gave
     * it that stage, so days in stage count from the file, not from the import.
     */
    public LocalDateTime stageSince;
    /** What the row that set {@link #stageSince} said about the stage. */
    StageMatch stageMatch;
    String stageColumn;
    public String orderNo;
    public long stageId;
    public boolean changed;
    public long id;
    /** Values of the row's columns that no field took, kept with this record. */
    public final ExtraValues extras = new ExtraValues();

    OrderPlan(String key, String fileOrderNo, Long existingId) {
        this.key = key;
        this.fileOrderNo = fileOrderNo;
        this.existingId = existingId;
        this.id = existingId == null ? 0 : existingId;
    }

    public boolean isNew() {
        return existingId == null;
    }

    /** Whether a row dated {@code when} overrides values applied so far (undated rows follow file order). */
    boolean overrides(LocalDateTime when) {
        boolean later = when == null || latest == null || !when.isBefore(latest);
        if (when != null && (latest == null || when.isAfter(latest))) {
            latest = when;
        }
        return later;
    }

    void seen(LocalDate date) {
        if (date != null && (firstSeen == null || date.isBefore(firstSeen))) {
            firstSeen = date;
        }
    }

    static <T> T pick(boolean override, T current, T value) {
        return value != null && (override || current == null) ? value : current;
    }
}
