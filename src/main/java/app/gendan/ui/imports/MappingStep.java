package app.gendan.ui.imports;

import app.gendan.service.imports.ColumnAssignment;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
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
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Step 3: for each chosen sheet, every column of the file with its first values and a combo of
 * Gendan fields (or "do not import"), set from the automatic or saved mapping. Combos are
 * numbered by sheet index and 0-based column: {@code map-0-3}.
 */
final class MappingStep implements WizardPage {
    private static final int SAMPLES = 3;
    private static final int SAMPLE_CHARS = 24;
    private static final double UNSURE = 0.6;

    private final AppContext ctx;
    private final ImportWizardModel model;
    private final VBox sheets = new VBox(18);
    private final VBox root;
    private ComboBox<FieldChoice> firstCombo;

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
        root = new VBox(10, hint, scroll);
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
        ColumnConstraints samples = new ColumnConstraints(120, 300, Double.MAX_VALUE);
        samples.setHgrow(Priority.ALWAYS);
        ColumnConstraints field = new ColumnConstraints(250);
        ColumnConstraints note = new ColumnConstraints(60);
        grid.getColumnConstraints().setAll(source, samples, field, note);
        grid.add(heading("wizard.mapping.column"), 0, 0);
        grid.add(heading("wizard.mapping.samples"), 1, 0);
        grid.add(heading("wizard.mapping.field"), 2, 0);
        int r = 1;
        List<RawRow> sample = row.plan.get().sampleRows();
        for (ColumnAssignment a : row.mapping.get().columns()) {
            Label header = new Label(CellRef.columnName(a.column()) + " · " + (a.header() == null ? "" : a.header()));
            header.setWrapText(true);
            Label values = new Label(samples(sample, a.column()));
            values.getStyleClass().add("text-muted");
            ComboBox<FieldChoice> combo = new ComboBox<>(FXCollections.observableArrayList(FieldChoice.all()));
            combo.setId("map-" + sheetIndex + "-" + a.column());
            combo.setConverter(Widgets.converter(c -> ctx.text(c.messageKey())));
            combo.setVisibleRowCount(16);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setValue(FieldChoice.of(a.field()));
            header.setLabelFor(combo);
            if (firstCombo == null) {
                firstCombo = combo;
            }
            Label unsure = new Label(a.field() != null && a.confidence() < UNSURE ? ctx.text("wizard.mapping.unsure") : "");
            unsure.getStyleClass().add("warning");
            combo.valueProperty().addListener((o, was, is) -> {
                unsure.setText("");
                model.setField(row, a.column(), is == null ? null : is.field());
            });
            grid.addRow(r++, header, values, combo, unsure);
        }
        return grid;
    }

    private Label heading(String key) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().addAll("text-muted", "text-small");
        return l;
    }

    private static String samples(List<RawRow> rows, int column) {
        return rows.stream().map(r -> r.text(column)).filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().replaceAll("\\s+", " "))
                .map(t -> t.length() > SAMPLE_CHARS ? t.substring(0, SAMPLE_CHARS) + "…" : t)
                .limit(SAMPLES).collect(Collectors.joining(" | "));
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
