package app.gendan.service.export;

import app.gendan.domain.report.OwnerOverdue;
import java.util.Arrays;
import java.util.List;

/** Overdue next steps per owner. */
final class OverdueTable implements TableLayout<OwnerOverdue> {
    private static final List<Column> COLUMNS = List.of(Column.of("owner", Column.TEXT),
            Column.of("overdueCount", Column.SHORT + 4), Column.of("oldestDue", Column.DATE + 2),
            Column.of("daysOverdue", Column.SHORT + 6));

    @Override
    public List<Column> columns() { return COLUMNS; }

    @Override
    public List<Object> cells(OwnerOverdue o, CellValues v) {
        String owner = o.ownerName() == null ? v.text("export.owner.none") : o.ownerName();
        return Arrays.asList(owner, o.overdueCount(), o.oldestDue(), o.oldestDaysOverdue());
    }
}
