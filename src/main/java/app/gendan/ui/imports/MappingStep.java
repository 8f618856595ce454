package app.gendan.ui.imports;

import app.gendan.service.imports.ColumnAssignment;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.ImportPreview;
import app.gendan.service.imports.SheetPlan;
import app.gendan.service.imports.read.CellRef;
import app.gendan.service.imports.read.RawRow;
import app.gendan.ui.AppContext;
import app.gendan.ui.Widgets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Step 3, the wizard's reasoning: for each chosen sheet one row per column of the file with its
 * header, the Gendan field it feeds (a combo, set from the automatic or saved mapping; "do not
 * import" keeps its values as extra fields), its first three values from the rows read for the
 * preview, and a mark: a warning icon with a tooltip on a field guessed with low confidence, or
 * "kept as extra field" on a column no field takes. Below, what the preview for the mapping as
 * it now is would import, refreshed in the background after each change. Ids are numbered by
 * sheet index and 0-based column: {@code mapHeader-0-3}, {@code map-0-3}, {@code mapSample-0-3-0..2},
 * {@code mapNote-0-3}.
 */
final class MappingStep implements WizardPage {
    private static final int SAMPLES = 3;
    private static final int SAMPLE_CHARS = 24;

    private final AppContext ctx;
    private final ImportWizardModel model;
    private final VBox sheets = new VBox(18);
    private final VBox root;
    private ComboBox<FieldChoice> firstCombo;
    private final Label previewLine = new Label();

    MappingStep(AppContext ctx, ImportWizardModel model) {
        this.ctx = ctx;
        this.model = model;
        Label hint = new Label(ctx.text("wizard.mapping.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        sheets.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        previewLine.setId("mappingPreview");
        previewLine.setWrapText(true);
        previewLine.setMinHeight(Region.USE_PREF_SIZE);
        previewLine.textProperty().bind(Bindings.createStringBinding(this::previewText, model.preview, model.refreshing));
        previewLine.visibleProperty().bind(previewLine.textProperty().isNotEmpty());
        previewLine.managedProperty().bind(previewLine.visibleProperty());
        root = new VBox(10, hint, scroll, previewLine);
        root.getStyleClass().add("wizard-page");
    }

    @Override
    public Node root() { return root; }

    @Override
    public void shown() {
        firstCombo = null;
        sheets.getChildren().clear();
        List<SheetRow> chosen = model.chosen();
        for (SheetRow row : chosen) {
            sheets.getChildren().add(sheet(row, chosen.size() > 1));
        }
        // The scroll pane adds its content to the scene with its skin: create it now, so the first combo can take the focus.
        root.applyCss();
    }

    @Override
    public Node focusTarget() { return firstCombo; }

    /** What the preview for the mapping as it now is would import, once the refresh after a change is in. */
    private String previewText() {
        if (model.refreshing.get()) {
            return ctx.text("wizard.mapping.refreshing");
        }
        ImportPreview p = model.preview.get();
        if (p == null) {
            return "";
        }
        return ctx.text("wizard.mapping.previewed", p.counts().rows(), p.counts().skippedRows(),
                p.counts().ordersCreated() + p.counts().ordersUpdated(), p.unmappedColumns().size());
    }

    private Node sheet(SheetRow row, boolean titled) {
        int i = row.offer.sheet().index();
        SheetPlan plan = row.plan.get();
        VBox box = new VBox(6);
        if (titled) {
            Label title = new Label(ctx.text("wizard.mapping.sheet", row.name()));
            title.getStyleClass().add("title-4");
            box.getChildren().add(title);
        }
        if (plan.mappingWasSaved()) {
            Label saved = new Label(ctx.text("wizard.mapping.saved"));
            saved.setId("mappingSaved-" + i);
            saved.getStyleClass().add("success");
            box.getChildren().add(saved);
        }
        Label warning = new Label();
        warning.setId("mappingWarning-" + i);
        warning.setWrapText(true);
        warning.textProperty().bind(Bindings.createStringBinding(() -> warning(row), row.mapping));
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.getStyleClass().add("danger");
        box.getChildren().addAll(grid(row, i), warning);
        return box;
    }

    private GridPane grid(SheetRow row, int sheetIndex) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints source = new ColumnConstraints(140, 200, 320);
        ColumnConstraints field = new ColumnConstraints(230);
        ColumnConstraints samples = new ColumnConstraints(120, 300, Double.MAX_VALUE);
        samples.setHgrow(Priority.ALWAYS);
        ColumnConstraints note = new ColumnConstraints(90, 150, 220);
        grid.getColumnConstraints().setAll(source, field, samples, note);
        grid.add(heading("wizard.mapping.column"), 0, 0);
        grid.add(heading("wizard.mapping.field"), 1, 0);
        grid.add(heading("wizard.mapping.samples"), 2, 0);
        grid.add(heading("wizard.mapping.note"), 3, 0);
        int r = 1;
        List<RawRow> sample = row.plan.get().sampleRows();
        for (ColumnAssignment a : row.mapping.get().columns()) {
            String id = sheetIndex + "-" + a.column();
            Label header = new Label(CellRef.columnName(a.column()) + " · " + (a.header() == null ? "" : a.header()));
            header.setId("mapHeader-" + id);
            header.setWrapText(true);
            ComboBox<FieldChoice> combo = new ComboBox<>(FXCollections.observableArrayList(FieldChoice.all()));
            combo.setId("map-" + id);
            combo.setConverter(Widgets.converter(c -> ctx.text(c.messageKey())));
            combo.setVisibleRowCount(16);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setValue(FieldChoice.of(a.field()));
            header.setLabelFor(combo);
            if (firstCombo == null) {
                firstCombo = combo;
            }
            HBox values = new HBox(6);
            values.setAlignment(Pos.CENTER_LEFT);
            List<String> first = samples(sample, a.column());
            for (int k = 0; k < first.size(); k++) {
                Label v = new Label(first.get(k));
                v.setId("mapSample-" + id + "-" + k);
                v.getStyleClass().addAll("text-muted", "wizard-sample");
                v.setMinWidth(Region.USE_PREF_SIZE);
                values.getChildren().add(v);
            }
            Label mark = new Label();
            mark.setId("mapNote-" + id);
            show(mark, row.mapping.get().column(a.column()).orElse(a));
            row.mapping.addListener((o, was, is) -> {
                if (is != null) {
                    is.column(a.column()).ifPresent(now -> show(mark, now));
                }
            });
            combo.valueProperty().addListener((o, was, is) -> model.setField(row, a.column(), is == null ? null : is.field()));
            grid.addRow(r++, header, combo, values, mark);
        }
        return grid;
    }

    /**
     * The column's mark: a field guessed with low confidence gets a warning icon and a tooltip
     * saying why to check it; a column that feeds no field says its values are kept as extra fields.
     */
    private void show(Label mark, ColumnAssignment a) {
        mark.getStyleClass().removeAll("warning", "text-muted");
        if (a.unsure()) {
            mark.setText(ctx.text("wizard.mapping.unsure"));
            mark.setGraphic(new FontIcon("mdi2a-alert-outline"));
            mark.setTooltip(new Tooltip(ctx.text("wizard.mapping.unsureTip",
                    ctx.text(a.field().messageKey()), (int) Math.round(a.confidence() * 100))));
            mark.getStyleClass().add("warning");
        } else if (a.ignored()) {
            mark.setText(ctx.text("wizard.mapping.extra"));
            mark.setGraphic(null);
            mark.setTooltip(new Tooltip(ctx.text("wizard.mapping.extraTip")));
            mark.getStyleClass().add("text-muted");
        } else {
            mark.setText("");
            mark.setGraphic(null);
            mark.setTooltip(null);
        }
    }

    private Label heading(String key) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().addAll("text-muted", "text-small");
        return l;
    }

    /** The first distinct values of a column in the rows read for the preview, shortened to fit. */
    static List<String> samples(List<RawRow> rows, int column) {
        return rows.stream().map(r -> r.text(column)).filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().replaceAll("\\s+", " "))
                .map(t -> t.length() > SAMPLE_CHARS ? t.substring(0, SAMPLE_CHARS) + "…" : t)
                .distinct().limit(SAMPLES).toList();
    }

    private String warning(SheetRow row) {
        ColumnMapping m = row.mapping.get();
        if (m == null) {
            return "";
        }
        if (!m.identifiesRows()) {
            return ctx.text("imports.error.noIdentity", row.name());
        }
        Set<ImportField> dups = m.duplicates();
        if (!dups.isEmpty()) {
            String names = dups.stream().map(f -> ctx.messages().get(f.messageKey())).filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            return ctx.text("wizard.mapping.duplicates", names);
        }
        return "";
    }
}
