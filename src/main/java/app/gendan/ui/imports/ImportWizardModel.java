package app.gendan.ui.imports;

import app.gendan.domain.Stage;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportCancelledException;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.ImportInspection;
import app.gendan.service.imports.ImportPreview;
import app.gendan.service.imports.ImportProgress;
import app.gendan.service.imports.ImportRequest;
import app.gendan.service.imports.ImportService;
import app.gendan.service.imports.ImportSummary;
import app.gendan.service.imports.PreviewCache;
import app.gendan.service.imports.SheetChoice;
import app.gendan.service.imports.SheetOffer;
import app.gendan.service.imports.StageMatch;
import app.gendan.ui.AppContext;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ProgressBar;

/**
 * State of the import wizard, and its calls to the import service on background tasks: inspect
 * the file, re-read a sheet with another header row, preview, import. Every long call gets its
 * own cancel flag and progress relay; a result arriving after a newer call started is dropped.
 * Read and write the properties on the FX thread only.
 */
public final class ImportWizardModel {
    private final AppContext ctx;
    private final Consumer<ImportSummary> onImported;

    final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(WizardStep.FILE);
    final StringProperty file = new SimpleStringProperty("");
    /** A preview or an import (or inspecting the file) is running; it can be cancelled. */
    final BooleanProperty working = new SimpleBooleanProperty();
    /** Sheets being re-read with another header row. */
    final IntegerProperty loadingSheets = new SimpleIntegerProperty();
    final BooleanBinding busy = working.or(loadingSheets.greaterThan(0));
    final DoubleProperty progress = new SimpleDoubleProperty(ProgressBar.INDETERMINATE_PROGRESS);
    final StringProperty progressText = new SimpleStringProperty("");
    /** What went wrong, in the user's words; empty when nothing did. */
    final StringProperty error = new SimpleStringProperty("");
    /** Something worth telling that is not an error, such as a cancelled import. */
    final StringProperty notice = new SimpleStringProperty("");
    final ObjectProperty<ImportInspection> inspection = new SimpleObjectProperty<>();
    final ObservableList<SheetRow> sheets = FXCollections.observableArrayList(
            r -> new Observable[] {r.selected, r.plan, r.mapping});
    final ObservableList<StageChoice> stageChoices = FXCollections.observableArrayList();
    final ObservableList<StageWordRow> stageWords = FXCollections.observableArrayList();
    final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
    /** A preview is being worked out again in the background after a mapping change; the page stays usable. */
    final BooleanProperty refreshing = new SimpleBooleanProperty();
    /** Keep next steps that were long past when the file was saved open, as reminders (else they come in as done). */
    final BooleanProperty pastStepsOpen = new SimpleBooleanProperty();
    /** How many next steps the last preview with {@link #pastStepsOpen} unticked found long past. */
    final IntegerProperty pastSteps = new SimpleIntegerProperty();
    final BooleanBinding canGoNext;
    final BooleanBinding canGoBack;

    private AtomicBoolean cancel = new AtomicBoolean();
    private long generation;
    private volatile ImportProgress progressTap = ImportProgress.NONE;
    /** The rows of the file read for the first preview, so that later previews only plan them again. */
    private final PreviewCache previewCache = new PreviewCache();
    /** The request {@link #preview} was worked out for. */
    private ImportRequest previewed;
    private AtomicBoolean refreshCancel = new AtomicBoolean();
    private long refreshGeneration;

    /** @param onImported told on the FX thread when an import has finished (written or "nothing new") */
    public ImportWizardModel(AppContext ctx, Consumer<ImportSummary> onImported) {
        this.ctx = ctx;
        this.onImported = onImported;
        canGoNext = Bindings.createBooleanBinding(this::nextAllowed, step, busy, file, sheets, preview);
        canGoBack = Bindings.createBooleanBinding(() -> !busy.get() && switch (step.get()) {
            case SHEETS, MAPPING, PREVIEW -> true;
            default -> false;
        }, step, busy);
        pastStepsOpen.addListener((o, was, is) -> {
            if (step.get() == WizardStep.PREVIEW) {
                preview();
            }
        });
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() { return step; }

    public boolean isBusy() { return busy.get(); }

    /** Also tells {@code tap} of every progress report, on the worker thread (for tests that cancel mid-way). */
    public void setProgressTap(ImportProgress tap) {
        this.progressTap = tap == null ? ImportProgress.NONE : tap;
    }

    private ImportService imports() {
        return ctx.workspace().imports();
    }

    private boolean nextAllowed() {
        if (busy.get()) {
            return step.get() == WizardStep.SUMMARY;
        }
        return switch (step.get()) {
            case FILE -> !file.get().isBlank();
            case SHEETS -> chosen().size() > 0 && sheets.stream().filter(r -> r.selected.get()).allMatch(SheetRow::ready);
            case MAPPING -> chosen().stream().allMatch(r -> r.mapping.get().identifiesRows());
            case PREVIEW -> preview.get() != null;
            case IMPORTING -> false;
            case SUMMARY -> true;
        };
    }

    /** The ticked sheets that can be imported. */
    List<SheetRow> chosen() {
        return sheets.stream().filter(r -> r.selected.get() && r.ready()).toList();
    }

    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        switch (step.get()) {
            case FILE -> inspect();
            case SHEETS -> step.set(WizardStep.MAPPING);
            case MAPPING -> {
                if (preview.get() != null && request().equals(previewed)) {
                    stopRefresh();
                    step.set(WizardStep.PREVIEW); // the refresh after the last mapping change is done
                } else {
                    preview();
                }
            }
            case PREVIEW -> runImport();
            default -> { }
        }
    }

    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        clearMessages();
        switch (step.get()) {
            case SHEETS -> step.set(WizardStep.FILE);
            case MAPPING -> step.set(WizardStep.SHEETS);
            case PREVIEW -> step.set(WizardStep.MAPPING);
            default -> { }
        }
    }

    /** Lets go of what the wizard keeps of the file (its window closed). */
    void forget() {
        stopRefresh();
        previewCache.clear();
    }

    /** Asks the running preview or import to stop; it ends with nothing written. */
    public void cancelWork() {
        stopRefresh();
        if (working.get()) {
            cancel.set(true);
            progressText.set(ctx.text("wizard.progress.cancelling"));
        }
    }

    // ---- file ----------------------------------------------------------------------------

    private record Inspected(ImportInspection inspection, List<Stage> stages) {}

    private void inspect() {
        clearMessages();
        Path path = path(file.get());
        if (path == null) {
            error.set(ctx.text("imports.error.fileNotFound", file.get().strip()));
            return;
        }
        long g = begin();
        ctx.tasks().run(() -> new Inspected(imports().inspect(path),
                ctx.workspace().pipelines().openStages(ctx.workspace().pipelines().defaultPipeline().id())), in -> {
            if (end(g)) {
                opened(in);
            }
        }, e -> failed(g, e));
    }

    private void opened(Inspected in) {
        ImportInspection insp = in.inspection();
        if (insp.importableSheets().isEmpty()) {
            boolean header = insp.sheets().stream().anyMatch(o -> o.plan() != null);
            error.set(ctx.text(header ? "imports.error.noDataRows" : "imports.error.noHeader", insp.fileName()));
            return;
        }
        inspection.set(insp);
        stageChoices.setAll(StageChoice.all(ctx, in.stages()));
        List<SheetRow> rows = new ArrayList<>();
        for (SheetOffer offer : insp.sheets()) {
            rows.add(new SheetRow(offer));
        }
        sheets.setAll(rows);
        stageWords.clear();
        previewCache.clear();
        pastStepsOpen.set(false);
        pastSteps.set(0);
        preview.set(null);
        summary.set(null);
        step.set(WizardStep.SHEETS);
    }

    /** The typed path without surrounding blanks or quotes (as Windows' "Copy as path" adds), or null. */
    static Path path(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Path.of(s).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    // ---- sheets and mapping --------------------------------------------------------------

    /** Re-reads a sheet with its header in row {@code headerRow} (1-based); its mapping starts afresh. */
    void setHeaderRow(SheetRow row, int headerRow) {
        row.headerRow.set(headerRow);
        if (row.plan.get() != null && row.plan.get().headerRow() == headerRow) {
            return;
        }
        clearMessages();
        long pg = ++row.planGeneration;
        boolean hadPlan = row.plan.get() != null;
        Path f = inspection.get().file();
        loadingSheets.set(loadingSheets.get() + 1);
        ctx.tasks().run(() -> imports().planWithHeaderRow(f, row.name(), headerRow), p -> {
            loadingSheets.set(loadingSheets.get() - 1);
            if (pg == row.planGeneration) {
                row.usePlan(p);
                if (!hadPlan && p.hasData()) {
                    row.selected.set(true);
                }
            }
        }, e -> {
            loadingSheets.set(loadingSheets.get() - 1);
            if (pg == row.planGeneration) {
                error.set(ctx.errors().text(e));
            }
        });
    }

    /** Points one column of a sheet at another field (null: do not import it). */
    void setField(SheetRow row, int column, ImportField field) {
        ColumnMapping m = row.mapping.get();
        if (m.column(column).map(a -> a.field() == field).orElse(true)) {
            return;
        }
        row.mapping.set(m.withField(column, field));
        preview.set(null);
        refreshPreview();
    }

    /**
     * Works the preview out again for the mapping as it now is, in the background and from the
     * rows already read: the mapping page stays usable and shows the new counts when they come. A
     * refresh still running for an earlier mapping is cancelled; a mapping that cannot be imported
     * is not previewed.
     */
    void refreshPreview() {
        stopRefresh();
        if (inspection.get() == null || chosen().isEmpty()
                || !chosen().stream().allMatch(r -> r.mapping.get().identifiesRows())) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        refreshCancel = stop;
        long g = ++refreshGeneration;
        ImportRequest req = request();
        refreshing.set(true);
        ctx.tasks().run(() -> imports().preview(req, previewCache, ImportProgress.NONE, stop::get), p -> {
            if (g == refreshGeneration && !stop.get()) {
                refreshing.set(false);
                previewed(req, p);
            }
        }, e -> {
            if (g == refreshGeneration && !stop.get()) {
                refreshing.set(false);
                if (!(e instanceof ImportCancelledException)) {
                    error.set(ctx.errors().text(e));
                }
            }
        });
    }

    /** Cancels a background refresh; its result, should it still come, is dropped. */
    private void stopRefresh() {
        refreshCancel.set(true);
        refreshGeneration++;
        refreshing.set(false);
    }

    private void previewed(ImportRequest req, ImportPreview p) {
        previewed = req;
        if (!req.pastStepsOpen()) {
            pastSteps.set(p.counts().pastStepsClosed());
        }
        preview.set(p);
        mergeStageWords(p.unknownStageWords());
    }

    /** The preview held is the one for the choices as they now are (no refresh running). */
    boolean previewCurrent() {
        return preview.get() != null && !refreshing.get() && request().equals(previewed);
    }

    ImportRequest request() {
        List<SheetChoice> choices = chosen().stream().map(SheetRow::choice).toList();
        Map<String, StageMatch> overrides = new LinkedHashMap<>();
        for (StageWordRow w : stageWords) {
            if (w.choice.get() != null && w.choice.get().mapped()) {
                overrides.put(w.word, w.choice.get().match());
            }
        }
        return ImportRequest.of(inspection.get().file(), choices).withStageOverrides(overrides)
                .withPastStepsOpen(pastStepsOpen.get());
    }

    // ---- preview -------------------------------------------------------------------------

    /** Computes what importing would do; on success shows the preview page. */
    void preview() {
        clearMessages();
        stopRefresh();
        ImportRequest req = request();
        long g = begin();
        AtomicBoolean stop = cancel;
        ProgressRelay relay = relay(g);
        ctx.tasks().run(() -> imports().preview(req, previewCache, relay, stop::get), p -> {
            if (end(g)) {
                previewed(req, p);
                step.set(WizardStep.PREVIEW);
            }
        }, e -> failed(g, e));
    }

    /**
     * Lists the words the preview could not map, most used first, keeping the user's choices;
     * a word already given a meaning stays listed although the preview now knows it.
     */
    private void mergeStageWords(Map<String, Integer> unknown) {
        Map<String, StageWordRow> old = new LinkedHashMap<>();
        stageWords.forEach(w -> old.put(w.word, w));
        List<StageWordRow> rows = new ArrayList<>();
        for (StageWordRow w : stageWords) {
            if (w.choice.get() != null && w.choice.get().mapped()) {
                rows.add(w);
            }
        }
        unknown.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    StageWordRow known = old.get(e.getKey());
                    if (known == null) {
                        rows.add(stageWord(e.getKey(), e.getValue()));
                    } else if (!rows.contains(known)) {
                        rows.add(known);
                    }
                });
        stageWords.setAll(rows);
    }

    private StageWordRow stageWord(String word, int count) {
        StageWordRow row = new StageWordRow(word, count, stageChoices.isEmpty() ? null : stageChoices.get(0));
        row.choice.addListener((o, a, b) -> {
            if (step.get() == WizardStep.PREVIEW) {
                preview();
            }
        });
        return row;
    }

    // ---- import --------------------------------------------------------------------------

    private void runImport() {
        clearMessages();
        ImportRequest req = request();
        long g = begin();
        AtomicBoolean stop = cancel;
        ProgressRelay relay = relay(g);
        step.set(WizardStep.IMPORTING);
        // The service remembers the mappings used, so corrections apply to the next file with these headers.
        ctx.tasks().run(() -> imports().run(req, relay, stop::get), s -> {
            // Delivered even when a newer call started or the window closed: the import happened.
            end(g);
            summary.set(s);
            step.set(WizardStep.SUMMARY);
            onImported.accept(s);
        }, e -> {
            if (end(g)) {
                step.set(WizardStep.PREVIEW);
                report(e);
            }
        });
    }

    // ---- plumbing ------------------------------------------------------------------------

    private long begin() {
        cancel.set(true);
        cancel = new AtomicBoolean();
        working.set(true);
        progress.set(ProgressBar.INDETERMINATE_PROGRESS);
        progressText.set(ctx.text("wizard.progress.working"));
        return ++generation;
    }

    /** Ends call {@code g}; false when a newer call has started since (its result is then stale). */
    private boolean end(long g) {
        if (g != generation) {
            return false;
        }
        working.set(false);
        return true;
    }

    private void failed(long g, Throwable e) {
        if (end(g)) {
            report(e);
        }
    }

    private void report(Throwable e) {
        if (e instanceof ImportCancelledException c) {
            notice.set(ctx.messages().of(c));
        } else {
            error.set(ctx.errors().text(e));
        }
    }

    private void clearMessages() {
        error.set("");
        notice.set("");
    }

    private ProgressRelay relay(long g) {
        return new ProgressRelay(r -> {
            if (g != generation || !working.get() || cancel.get()) {
                return;
            }
            progress.set(r.total() > 0 ? Math.min(1.0, (double) r.done() / r.total()) : ProgressBar.INDETERMINATE_PROGRESS);
            boolean known = r.total() > 0;
            progressText.set(r.phase() == ImportProgress.Phase.COMMITTING ? ctx.text("wizard.progress.committing")
                    : r.phase() == ImportProgress.Phase.WRITING
                    ? known ? ctx.text("wizard.progress.writing", r.done(), r.total()) : ctx.text("wizard.progress.writingOpen", r.done())
                    : known ? ctx.text("wizard.progress.reading", r.done(), r.total()) : ctx.text("wizard.progress.readingOpen", r.done()));
        }, (phase, done, total) -> progressTap.update(phase, done, total));
    }
}
