package app.gendan.service.export;

import app.gendan.domain.ExtraField;
import app.gendan.domain.GendanException;
import app.gendan.domain.export.CustomerExportRow;
import app.gendan.domain.export.FollowUpExportRow;
import app.gendan.domain.export.OrderExportRow;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.ReportService;
import app.gendan.store.Database;
import app.gendan.store.StoreTx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes orders, customers, follow-ups or reports to an .xlsx or .csv file (the format comes
 * from the file name). Rows stream from a database cursor into the file, so memory stays
 * bounded however many there are. The file appears only when complete: a cancelled or failed
 * export leaves nothing behind, and an older file of the same name as it was.
 */
public final class ExportService {
    private final Database db;
    private final ReportService reports;
    private final ZoneId zone;

    /** Made by the Workspace, which hands every caller the same one. */
    public ExportService(Database db, ReportService reports, ZoneId zone) {
        this.db = db;
        this.reports = reports;
        this.zone = zone;
    }

    /**
     * Writes {@code kind} to {@code target}, with headers and labels in the language of
     * {@code messages}. Throws GendanException with a clear key for an unknown extension, a
     * missing folder or a write failure, and ExportCancelledException once {@code cancelled} says so.
     *
     * @param progress told (done, total) rows every few hundred rows, on this thread
     * @param cancelled asked between rows
     */
    public ExportResult export(ExportKind kind, Path target, Messages messages, ExportProgress progress,
                               BooleanSupplier cancelled) {
        ExportFormat format = ExportFormat.of(target);
        if (!kind.supports(format)) {
            throw new GendanException("export.error.csvOneTable");
        }
        Path file = checkedTarget(target);
        ExportRun run = new ExportRun(progress, cancelled);
        run.checkCancelled();
        try (AtomicFile out = AtomicFile.beside(file); TableWriter writer = format.open(out.temp())) {
            write(kind, writer, new CellValues(messages, zone), messages, run);
            run.checkCancelled();
            writer.finish();
            out.commit();
        } catch (IOException e) {
            throw new GendanException(e, "export.error.write", file, e.getMessage());
        } catch (UncheckedIOException e) {
            throw new GendanException(e, "export.error.write", file, e.getCause().getMessage());
        }
        run.finished();
        return new ExportResult(kind, format, file, run.done());
    }

    private static Path checkedTarget(Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new GendanException("export.error.folder", folder == null ? file : folder);
        }
        if (Files.isDirectory(file)) {
            throw new GendanException("export.error.isFolder", file);
        }
        return file;
    }

    private void write(ExportKind kind, TableWriter w, CellValues v, Messages m, ExportRun run) {
        switch (kind) {
            case ORDERS -> stream(w, v, m.get(kind.labelKey()), withExtras(new OrderTable(), ExtraField.Owner.ORDER,
                    OrderExportRow::id), run, s -> s.exports().orderCount(), (s, sink) -> s.exports().orders(sink));
            case CUSTOMERS -> stream(w, v, m.get(kind.labelKey()), withExtras(new CustomerTable(), ExtraField.Owner.CUSTOMER,
                    CustomerExportRow::id), run, s -> s.exports().customerCount(), (s, sink) -> s.exports().customers(sink));
            case FOLLOW_UPS -> stream(w, v, m.get(kind.labelKey()), withExtras(new FollowUpTable(), ExtraField.Owner.FOLLOW_UP,
                    FollowUpExportRow::id), run, s -> s.exports().followUpCount(), (s, sink) -> s.exports().followUps(sink));
            case FUNNEL -> table(w, v, m.get(kind.labelKey()), new FunnelTable(), reports.funnel(), run);
            case OVERDUE -> table(w, v, m.get(kind.labelKey()), new OverdueTable(), reports.overdueByOwner(), run);
            case PAYMENTS -> table(w, v, m.get(kind.labelKey()), new PaymentsTable(reports.today()), reports.payments(), run);
            case REPORTS -> {
                write(ExportKind.FUNNEL, w, v, m, run);
                write(ExportKind.OVERDUE, w, v, m, run);
                write(ExportKind.PAYMENTS, w, v, m, run);
            }
        }
    }

    /** The table with a column per extra-field header its records have, so an export gives back what was imported. */
    private <R> TableLayout<R> withExtras(TableLayout<R> table, ExtraField.Owner owner, java.util.function.ToLongFunction<R> id) {
        java.util.Map<Long, List<ExtraField>> extras = db.read(s -> s.extraFields().all(owner));
        return extras.isEmpty() ? table : new ExtraColumns<>(table, extras, id);
    }

    private <R> void stream(TableWriter w, CellValues v, String name, TableLayout<R> layout, ExportRun run,
                            Function<StoreTx, Long> count, BiConsumer<StoreTx, Consumer<R>> rows) {
        run.expect(db.read(count));
        start(w, v, name, layout);
        db.read(s -> {
            rows.accept(s, r -> {
                w.row(layout.cells(r, v));
                run.rowWritten();
            });
            return null;
        });
    }

    private static <R> void table(TableWriter w, CellValues v, String name, TableLayout<R> layout, List<R> rows,
                                  ExportRun run) {
        run.expect(rows.size());
        start(w, v, name, layout);
        for (R r : rows) {
            w.row(layout.cells(r, v));
            run.rowWritten();
        }
    }

    private static void start(TableWriter w, CellValues v, String name, TableLayout<?> layout) {
        w.startTable(name, layout.headers(v),
                layout.columns().stream().map(Column::width).toList());
    }
}
