package app.gendan.service.export;

import app.gendan.domain.export.FollowUpExportRow;
import java.util.Arrays;
import java.util.List;

/** Follow-ups: what happened, and the next step with whether it is done. */
final class FollowUpTable implements TableLayout<FollowUpExportRow> {
    private static final List<Column> COLUMNS = List.of(
            Column.of("happenedAt", Column.DATE_TIME), Column.of("customer", Column.TEXT + 6),
            Column.of("orderNo", Column.SHORT + 6), Column.of("method", Column.SHORT - 2),
            Column.of("summary", Column.LONG_TEXT), Column.of("feedback", Column.TEXT + 6),
            Column.of("result", Column.SHORT + 4), Column.of("loggedBy", Column.SHORT + 2),
            Column.of("nextAction", Column.TEXT), Column.of("nextDue", Column.DATE_TIME),
            Column.of("nextOwner", Column.SHORT + 2), Column.of("nextState", Column.SHORT),
            Column.of("doneAt", Column.DATE_TIME));

    @Override
    public List<Column> columns() { return COLUMNS; }

    @Override
    public List<Object> cells(FollowUpExportRow f, CellValues v) {
        String state = !f.hasNextStep() ? null
                : v.text(f.nextDoneAt() == null ? "export.step.open" : "export.step.done");
        return Arrays.asList(v.at(f.happenedAt()), f.customerName(), f.orderNo(), v.method(f.method()), f.summary(),
                f.feedback(), f.resultStatus(), f.loggedBy(), f.nextAction(),
                v.due(f.nextDueAt(), f.nextDueHasTime()), f.nextOwnerName(), state, v.at(f.nextDoneAt()));
    }
}
