package app.gendan.service.export;

import app.gendan.domain.export.OrderExportRow;
import java.util.Arrays;
import java.util.List;

/** Orders: what, for whom, where in the pipeline, who owns it, money, key dates and the next step. */
final class OrderTable implements TableLayout<OrderExportRow> {
    private static final List<Column> COLUMNS = List.of(
            Column.of("orderNo", Column.SHORT + 6), Column.of("title", Column.TEXT + 6),
            Column.of("customer", Column.TEXT + 6), Column.of("contact", Column.SHORT + 2),
            Column.of("pipeline", Column.SHORT + 4), Column.of("stage", Column.SHORT + 4),
            Column.of("status", Column.SHORT), Column.of("priority", Column.SHORT), Column.of("owner", Column.SHORT + 2),
            Column.of("amount", Column.MONEY), Column.of("currency", Column.SHORT - 2),
            Column.of("received", Column.MONEY), Column.of("orderDate", Column.DATE),
            Column.of("expectedClose", Column.DATE), Column.of("promisedDelivery", Column.DATE),
            Column.of("shipBy", Column.DATE), Column.of("paymentDue", Column.DATE),
            Column.of("stageEnteredAt", Column.DATE_TIME), Column.of("nextAction", Column.TEXT),
            Column.of("nextDue", Column.DATE_TIME), Column.of("lostReason", Column.TEXT),
            Column.of("notes", Column.LONG_TEXT), Column.of("updatedAt", Column.DATE_TIME));

    @Override
    public List<Column> columns() { return COLUMNS; }

    @Override
    public List<Object> cells(OrderExportRow o, CellValues v) {
        return Arrays.asList(o.orderNo(), o.title(), o.customerName(), o.contactName(), o.pipelineName(),
                o.stageName(), v.status(o.status()), v.priority(o.priority()), o.ownerName(), o.amount(), o.currency(),
                o.received(), o.orderDate(), o.expectedClose(), o.promisedDelivery(), o.shipBy(), o.paymentDue(),
                v.at(o.stageEnteredAt()), o.nextAction(), v.due(o.nextDueAt(), o.nextDueHasTime()), o.lostReason(),
                o.notes(), v.at(o.updatedAt()));
    }
}
