package app.gendan.ui.order;

import app.gendan.domain.OrderDraft;
import app.gendan.domain.OrderLine;
import app.gendan.domain.OrderStatus;
import app.gendan.ui.AppContext;
import app.gendan.ui.merge.FieldLabels;
import app.gendan.ui.merge.FieldTexts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

/** The order form's field labels and values for the merge dialog and notes, in the user's language. */
final class OrderFieldTexts implements FieldTexts<OrderDraft> {
    private final AppContext ctx;
    private final boolean withLines;
    private final LongFunction<String> customerName;
    private final Function<Long, String> contactName;
    private final LongFunction<String> userName;

    /** {@code withLines}: some version of the order has lines, so its amount is theirs and the field says so. */
    OrderFieldTexts(AppContext ctx, boolean withLines, LongFunction<String> customerName,
                    Function<Long, String> contactName, LongFunction<String> userName) {
        this.ctx = ctx;
        this.withLines = withLines;
        this.customerName = customerName;
        this.contactName = contactName;
        this.userName = userName;
    }

    @Override
    public String label(String field) {
        return ctx.text(FieldLabels.order(field, withLines));
    }

    @Override
    public String value(String field, OrderDraft d) {
        return switch (field) {
            case "customer" -> join(customerName.apply(d.customerId()), contactName.apply(d.contactId()));
            case "title" -> d.title();
            case "amount" -> amount(d);
            case "currency" -> d.currency();
            case "priority" -> d.priority() == null ? "" : ctx.text("priority." + d.priority().code());
            case "owner" -> userName.apply(d.ownerId());
            case "orderDate" -> date(d.orderDate());
            case "expectedClose" -> date(d.expectedClose());
            case "promisedDelivery" -> date(d.promisedDelivery());
            case "shipBy" -> date(d.shipBy());
            case "paymentDue" -> date(d.paymentDue());
            case "quoteExpires" -> date(d.quoteExpires());
            case "contractExpires" -> date(d.contractExpires());
            case "status" -> status(d);
            case "notes" -> d.notes();
            default -> "";
        };
    }

    private String date(LocalDate d) {
        return ctx.formats().date(d);
    }

    /** The amount, or with lines each line and their total (the lines decide the amount). */
    private String amount(OrderDraft d) {
        OrderDraft summed = d.withAmountFromLines();
        String total = summed.amount() == null ? "" : ctx.formats().money(summed.amount(), d.currency());
        if (d.lines().isEmpty()) {
            return total;
        }
        List<String> rows = new ArrayList<>();
        rows.add(ctx.text("order.merge.lines", d.lines().size(), total));
        for (OrderLine l : d.lines()) {
            rows.add(ctx.text("order.merge.line", join(l.product(), l.model(), l.spec()), quantity(l.quantity()),
                    l.unitPrice() == null ? "" : ctx.formats().number(l.unitPrice())));
        }
        return String.join("\n", rows);
    }

    private String quantity(BigDecimal n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(ctx.formats().locale());
        f.setMaximumFractionDigits(4);
        return f.format(n);
    }

    private String status(OrderDraft d) {
        if (d.status() == null) {
            return "";
        }
        String s = ctx.text("status." + d.status().code());
        boolean reason = d.status() == OrderStatus.LOST && d.lostReason() != null && !d.lostReason().isBlank();
        return reason ? ctx.text("order.merge.lost", s, d.lostReason()) : s;
    }

    private static String join(String... parts) {
        List<String> shown = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                shown.add(p.strip());
            }
        }
        return String.join(" · ", shown);
    }
}
