package app.gendan.service.export;

import app.gendan.domain.export.CustomerExportRow;
import java.util.Arrays;
import java.util.List;

/** Customers with their primary contact and what is open with them. */
final class CustomerTable implements TableLayout<CustomerExportRow> {
    private static final List<Column> COLUMNS = List.of(
            Column.of("name", Column.TEXT + 6), Column.of("shortName", Column.SHORT + 2),
            Column.of("grade", Column.SHORT - 4), Column.of("source", Column.SHORT + 2),
            Column.of("industry", Column.SHORT + 2), Column.of("phone", Column.SHORT + 6),
            Column.of("address", Column.TEXT + 6), Column.of("owner", Column.SHORT + 2), Column.of("tags", Column.SHORT + 6),
            Column.of("contactName", Column.SHORT + 4), Column.of("contactTitle", Column.SHORT + 2),
            Column.of("contactPhone", Column.SHORT + 6), Column.of("contactEmail", Column.TEXT),
            Column.of("contactWechat", Column.SHORT + 4), Column.of("openOrders", Column.SHORT),
            Column.of("openAmount", Column.MONEY), Column.of("notes", Column.LONG_TEXT),
            Column.of("createdAt", Column.DATE_TIME));

    @Override
    public List<Column> columns() { return COLUMNS; }

    @Override
    public List<Object> cells(CustomerExportRow c, CellValues v) {
        return Arrays.asList(c.name(), c.shortName(), c.grade(), c.source(), c.industry(), c.phone(), c.address(),
                c.ownerName(), c.tags(), c.contactName(), c.contactTitle(), c.contactPhone(), c.contactEmail(),
                c.contactWechat(), c.openOrders(), c.openAmount(), c.notes(), v.at(c.createdAt()));
    }
}
