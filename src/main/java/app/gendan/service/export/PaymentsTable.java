package app.gendan.service.export;

import app.gendan.domain.report.OrderPayments;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Payments due vs received per order, with what is outstanding and how late. */
final class PaymentsTable implements TableLayout<OrderPayments> {
    private static final List<Column> COLUMNS = List.of(Column.of("orderNo", Column.SHORT + 6),
            Column.of("title", Column.TEXT), Column.of("customer", Column.TEXT + 6), Column.of("owner", Column.SHORT + 2),
            Column.of("status", Column.SHORT), Column.of("currency", Column.SHORT - 2),
            Column.of("orderAmount", Column.MONEY), Column.of("due", Column.MONEY), Column.of("received", Column.MONEY),
            Column.of("outstanding", Column.MONEY), Column.of("nextUnpaidDue", Column.DATE + 4),
            Column.of("daysLate", Column.SHORT));

    private final LocalDate today;

    PaymentsTable(LocalDate today) {
        this.today = today;
    }

    @Override
    public List<Column> columns() { return COLUMNS; }

    @Override
    public List<Object> cells(OrderPayments p, CellValues v) {
        return Arrays.asList(p.orderNo(), p.title(), p.customerName(), p.ownerName(), v.status(p.status()),
                p.currency(), p.orderAmount(), p.due(), p.received(), p.outstanding(), p.nextUnpaidDue(),
                p.daysLate(today));
    }
}
