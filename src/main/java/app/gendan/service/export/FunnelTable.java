package app.gendan.service.export;

import app.gendan.domain.report.FunnelStage;
import java.util.Arrays;
import java.util.List;

/** The funnel: open orders and their amount per stage. */
final class FunnelTable implements TableLayout<FunnelStage> {
    private static final List<Column> COLUMNS = List.of(Column.of("pipeline", Column.TEXT),
            Column.of("stage", Column.TEXT), Column.of("openOrders", Column.SHORT + 2), Column.of("amount", Column.MONEY));

    @Override
    public List<Column> columns() { return COLUMNS; }

    @Override
    public List<Object> cells(FunnelStage s, CellValues v) {
        return Arrays.asList(s.pipelineName(), s.stageName(), s.openCount(), s.amount());
    }
}
