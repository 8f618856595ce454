package app.gendan.cli;

import app.gendan.domain.GendanException;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportCounts;
import app.gendan.service.imports.ImportInspection;
import app.gendan.service.imports.ImportPreview;
import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.ImportProgress;
import app.gendan.service.imports.ImportRequest;
import app.gendan.service.imports.ImportSummary;
import app.gendan.service.imports.MappingJson;
import app.gendan.service.imports.Severity;
import app.gendan.service.imports.SheetChoice;
import app.gendan.service.imports.SheetOffer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports an Excel/CSV tracker with the same service (and the same automatic column mapping)
 * the wizard uses. Exit codes: 0 imported (possibly with row problems listed), 1 nothing
 * imported (a dry run that found problems, or nothing new), 2 unreadable or rejected input.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    static final int EXIT_NOTHING_IMPORTED = 1;

    @Mixin
    DbOption db;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--sheet", paramLabel = "S",
            descriptionKey = "import.sheets")
    List<String> sheets;

    @Option(names = "--mapping", paramLabel = "M.json",
            descriptionKey = "import.mapping")
    Path mapping;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "import.json")
    boolean json;

    @Option(names = "--all-problems", descriptionKey = "import.allProblems")
    boolean allProblems;

    @Option(names = "--keep-past-steps-open",
            descriptionKey = "import.keepPastStepsOpen")
    boolean keepPastStepsOpen;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = CliContext.messages();
        ColumnMapping given = mapping == null ? null : readMapping(mapping);
        // the workbook's first pass runs while the database opens (and, when new, is migrated)
        java.util.concurrent.Future<?> scanned = app.gendan.service.imports.ImportService.scanAhead(file);
        try (Workspace ws = dryRun ? CliContext.openForReading(db.resolve(), true) : CliContext.open(db.resolve())) {
            awaitQuietly(scanned);
            ImportRequest request = request(ws.imports().inspect(file), given).withPastStepsOpen(keepPastStepsOpen);
            PrintWriter out = spec.commandLine().getOut();
            ImportReport report;
            if (dryRun) {
                ImportPreview p = ws.imports().preview(request, ImportProgress.NONE, () -> false);
                report = ImportReport.of(p, request);
            } else {
                ImportSummary s = ws.imports().run(request, ImportProgress.NONE, () -> false);
                report = ImportReport.of(s);
            }
            out.println(json ? report.json(m, allProblems) : report.text(m, ws.zone(), allProblems));
            out.flush();
            return exitCode(report);
        } catch (OutOfMemoryError e) {
            // ran out outside the import's own refusal (building the request or the report): the same words
            app.gendan.domain.MemoryReserve.release();
            throw new GendanException(e, "imports.error.needsMoreMemory", String.valueOf(file.getFileName()),
                    app.gendan.domain.MemoryReserve.boundMb());
        }
    }

    private static void awaitQuietly(java.util.concurrent.Future<?> scan) {
        try {
            scan.get();
        } catch (java.util.concurrent.CancellationException | java.util.concurrent.ExecutionException e) {
            // nothing scanned ahead: the inspection reads the file itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int exitCode(ImportReport report) {
        if (dryRun) {
            boolean problems = report.problems().stream().anyMatch(p -> p.severity() != Severity.INFO);
            return problems || report.counts().nothingNew() || report.alreadyImported() != null ? EXIT_NOTHING_IMPORTED : 0;
        }
        return report.batchId() == null ? EXIT_NOTHING_IMPORTED : 0;
    }

    private ImportRequest request(ImportInspection inspection, ColumnMapping given) {
        List<SheetOffer> chosen = new ArrayList<>();
        if (sheets == null || sheets.isEmpty()) {
            chosen.addAll(inspection.importableSheets());
        } else {
            for (String name : sheets) {
                SheetOffer offer = inspection.sheets().stream().filter(o -> o.name().equals(name)).findFirst()
                        .orElseThrow(() -> new GendanException("imports.error.unknownSheet", name));
                if (offer.plan() == null) {
                    throw new GendanException("imports.error.noHeader", inspection.fileName() + " / " + name);
                }
                chosen.add(offer);
            }
        }
        List<SheetChoice> choices = new ArrayList<>();
        for (SheetOffer o : chosen) {
            SheetChoice c = SheetChoice.of(o.plan());
            choices.add(given == null ? c : c.withMapping(given));
        }
        return ImportRequest.of(inspection.file(), choices);
    }

    private static ColumnMapping readMapping(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new GendanException(e, "cli.import.mappingUnreadable", path.toString());
        }
        try {
            return MappingJson.read(text);
        } catch (GendanException e) {
            throw new GendanException(e, "cli.import.mappingUnreadable", path.toString());
        }
    }

    /** What the command prints, from a preview or an import alike. */
    record ImportReport(boolean dryRun, String fileName, List<String> sheets, ImportCounts counts,
                        List<ImportProblem> problems, java.util.Map<String, Integer> unknownStageWords, Long batchId,
                        app.gendan.service.imports.ImportBatchInfo alreadyImported,
                        List<app.gendan.service.imports.UnmappedColumn> unmappedColumns) {

        static ImportReport of(ImportPreview p, ImportRequest r) {
            return new ImportReport(true, p.fileName(), r.sheets().stream().map(SheetChoice::sheet).toList(), p.counts(),
                    p.problems(), p.unknownStageWords(), null, p.alreadyImported(), p.unmappedColumns());
        }

        static ImportReport of(ImportSummary s) {
            return new ImportReport(false, s.fileName(), s.sheets(), s.counts(), s.problems(), s.unknownStageWords(),
                    s.batchId(), s.alreadyImported(), s.unmappedColumns());
        }

        String json(Messages m, boolean allProblems) {
            return ImportJson.write(this, m, allProblems);
        }

        String text(Messages m, java.time.ZoneId zone, boolean allProblems) {
            return ImportText.write(this, m, zone, allProblems);
        }
    }
}
