package app.gendan.service.imports;

import app.gendan.domain.GendanException;
import app.gendan.service.imports.detect.HeaderDetector;
import app.gendan.service.imports.detect.HeaderGuess;
import app.gendan.service.imports.detect.HeaderSignature;
import app.gendan.service.imports.detect.YearHint;
import app.gendan.service.imports.map.AutoMapper;
import app.gendan.service.imports.map.StageWordMapper;
import app.gendan.service.imports.read.RawRow;
import app.gendan.service.imports.read.RowCursor;
import app.gendan.service.imports.read.SheetInfo;
import app.gendan.service.imports.read.TrackerFile;
import app.gendan.service.imports.read.TrackerFormat;
import app.gendan.service.imports.values.DateHints;
import app.gendan.service.imports.values.DateOrder;
import app.gendan.service.imports.values.DateParser;
import app.gendan.service.imports.values.ParsedRowCursor;
import app.gendan.service.imports.values.RowParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point for reading a tracker: opens the file, finds each sheet's header, maps its
 * columns (a saved mapping for the same header signature wins over the automatic one) and
 * streams parsed rows. Nothing is written anywhere; a file that cannot be imported at all fails
 * in {@link #open} with a {@link GendanException}.
 */
public final class TrackerImport implements AutoCloseable {
    /** Data rows kept per sheet for the wizard's preview. */
    public static final int SAMPLE_ROWS = 200;

    private final TrackerFile file;
    private final ImportOptions options;
    private final LocalDate reference;
    private final List<SheetPlan> plans;

    private TrackerImport(TrackerFile file, ImportOptions options, LocalDate reference, List<SheetPlan> plans) {
        this.file = file;
        this.options = options;
        this.reference = reference;
        this.plans = List.copyOf(plans);
    }

    public static TrackerImport open(Path path, ImportOptions options) {
        return open(TrackerFile.open(path), options);
    }

    /** Reads a file already opened (for instance through a {@link PreviewCache}); it is closed with the import. */
    static TrackerImport open(TrackerFile file, ImportOptions options) {
        Path path = file.path();
        try {
            LocalDate reference = options.referenceDate() != null ? options.referenceDate() : lastModified(path);
            TrackerImport partial = new TrackerImport(file, options, reference, List.of());
            List<SheetPlan> plans = new ArrayList<>();
            boolean anyHeader = false;
            for (SheetInfo sheet : file.sheets()) {
                Optional<SheetPlan> plan = partial.detect(sheet, 0);
                if (plan.isPresent()) {
                    anyHeader = true;
                    plans.add(plan.get());
                }
            }
            if (!anyHeader) {
                throw new GendanException("imports.error.noHeader", file.fileName());
            }
            if (plans.stream().noneMatch(SheetPlan::hasData)) {
                throw new GendanException("imports.error.noDataRows", file.fileName());
            }
            return new TrackerImport(file, options, reference, plans);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** When the file was last saved (or the date the user gave instead): what "long past" is measured from. */
    public LocalDate referenceDate() {
        return reference;
    }

    public TrackerFile file() {
        return file;
    }

    /** One plan per sheet that has a header row, in workbook order (sheets without data included, flagged by hasData). */
    public List<SheetPlan> plans() {
        return plans;
    }

    public SheetPlan plan(String sheetName) {
        return plans.stream().filter(p -> p.sheet().name().equals(sheetName)).findFirst()
                .orElseThrow(() -> new GendanException("imports.error.unknownSheet", sheetName));
    }

    /** The plan with the header taken from another row, when the user disagrees with the guess. */
    public SheetPlan planWithHeaderRow(SheetInfo sheet, int headerRow) {
        return detect(sheet, headerRow).orElseThrow(() -> new GendanException("imports.error.noHeader", file.fileName()));
    }

    /** Streams the plan's data rows; close it when done. */
    public ParsedRowCursor rows(SheetPlan plan) {
        DateParser dates = new DateParser(reference, file.date1904(), plan.dateOrder(), plan.dateHints());
        RowParser parser = new RowParser(plan.sheet().name(), plan.headers(), plan.mapping(), dates,
                new StageWordMapper(options.stageOverrides()), file.format() == TrackerFormat.CSV);
        return new ParsedRowCursor(file.rows(plan.sheet()), plan, parser);
    }

    // headerRow 0: find it; otherwise use that row.
    private Optional<SheetPlan> detect(SheetInfo sheet, int headerRow) {
        List<RawRow> top = new ArrayList<>();
        List<RawRow> sample = new ArrayList<>();
        HeaderGuess guess = null;
        try (RowCursor rows = file.rows(sheet)) {
            while (rows.hasNext() && top.size() < HeaderDetector.SCAN_ROWS * 2) {
                RawRow r = rows.next();
                top.add(r);
                if (headerRow > 0 && r.rowNumber() >= headerRow) {
                    break;
                }
            }
            guess = headerRow > 0 ? fixedHeader(top, headerRow)
                    : HeaderDetector.detect(top, sheet, AutoMapper::headerScore).orElse(null);
            if (guess == null) {
                return Optional.empty();
            }
            for (RawRow r : top) {
                if (r.rowNumber() > guess.rowNumber() && !r.isBlank()) {
                    sample.add(r);
                }
            }
            while (rows.hasNext() && sample.size() < SAMPLE_ROWS) {
                RawRow r = rows.next();
                if (!r.isBlank()) {
                    sample.add(r);
                }
            }
        }
        List<String> headers = guess.headers();
        Optional<ColumnMapping> saved = options.savedMappings().apply(HeaderSignature.of(headers))
                .filter(m -> m.columns().size() == headers.size());
        ColumnMapping mapping = saved.orElseGet(() -> AutoMapper.map(headers, sample, DateParser::readsAsDate));
        DateOrder order = dateOrder(headers, mapping, sample);
        DateHints hints = dateHints(sheet, titles(top, guess.rowNumber()), sample);
        return Optional.of(new SheetPlan(sheet, guess.rowNumber(), headers, mapping, saved.isPresent(), order, hints, sample));
    }

    /** The texts of the rows above the header, one per row: titles such as "2024年3月订单跟踪". */
    private static List<String> titles(List<RawRow> top, int headerRow) {
        List<String> titles = new ArrayList<>();
        for (RawRow r : top) {
            if (r.rowNumber() >= headerRow) {
                break;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                if (!r.text(i).isBlank()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(r.text(i).strip());
                }
            }
            if (!sb.isEmpty()) {
                titles.add(sb.toString());
            }
        }
        return titles;
    }

    // The user's reference date, when given, is their answer for every date without a year: then
    // what the file says is not asked.
    private DateHints dateHints(SheetInfo sheet, List<String> titles, List<RawRow> sample) {
        YearHint year = options.referenceDate() != null ? null
                : YearHint.find(titles, sheet.name(), file.fileName()).orElse(null);
        DateHints hints = DateHints.of(year, sample, file.date1904());
        if (options.dateOrder() != null || options.referenceDate() != null) {
            hints = new DateHints(year, options.referenceDate() != null ? null : hints.anchor(),
                    options.dateOrder() != null ? Map.of() : hints.columnOrders());
        }
        return hints;
    }

    private static HeaderGuess fixedHeader(List<RawRow> rows, int headerRow) {
        for (RawRow r : rows) {
            if (r.rowNumber() == headerRow) {
                List<String> headers = new ArrayList<>();
                for (int i = 0; i < r.width(); i++) {
                    headers.add(r.text(i).strip());
                }
                return headers.isEmpty() ? null : new HeaderGuess(headerRow, headers, 1.0);
            }
        }
        return null;
    }

    private DateOrder dateOrder(List<String> headers, ColumnMapping mapping, List<RawRow> sample) {
        if (options.dateOrder() != null) {
            return options.dateOrder();
        }
        boolean english = headers.stream().allMatch(h -> h.chars().allMatch(c -> c < 0x2E80));
        List<String> values = new ArrayList<>();
        for (ColumnAssignment a : mapping.columns()) {
            if (a.field() != null && a.field().kind() == ValueKind.DATE) {
                for (RawRow r : sample) {
                    values.add(r.text(a.column()));
                }
            }
        }
        return DateOrder.infer(values, english ? DateOrder.MONTH_FIRST : DateOrder.UNKNOWN);
    }

    private static LocalDate lastModified(Path path) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return LocalDate.now();
        }
    }

    @Override
    public void close() {
        file.close();
    }
}
