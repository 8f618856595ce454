package app.gendan.ui.imports;

import app.gendan.service.imports.ImportInspection;
import app.gendan.service.imports.SheetPlan;
import app.gendan.service.imports.read.CellRef;
import app.gendan.service.imports.read.SheetInfo;
import app.gendan.service.imports.read.TrackerFormat;
import app.gendan.ui.AppContext;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Step 2: every sheet of the file with a checkbox and its row count, the header row (detected,
 * editable with a spinner) with the headers it holds, and the hidden rows and columns.
 * Controls are numbered by the sheet's index: {@code sheet-0}, {@code headerRow-0}, ….
 */
final class SheetsStep implements WizardPage {
    private static final int LISTED = 12;
    private static final int HEADER_ROW_MAX_UNKNOWN = 1000;

    private final AppContext ctx;
    private final ImportWizardModel model;
    private final Label fileInfo = new Label();
    private final VBox list = new VBox(14);
    private final VBox root;

    SheetsStep(AppContext ctx, ImportWizardModel model) {
        this.ctx = ctx;
        this.model = model;
        fileInfo.setId("fileInfo");
        fileInfo.getStyleClass().add("text-bold");
        Label hint = new Label(ctx.text("wizard.sheets.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        list.setPadding(new Insets(4));
        root = new VBox(10, fileInfo, hint, scroll);
        root.getStyleClass().add("wizard-page");
    }

    @Override
    public Node root() { return root; }

    @Override
    public void shown() {
        ImportInspection insp = model.inspection.get();
        fileInfo.setText(fileInfo(insp));
        list.getChildren().clear();
        for (SheetRow row : model.sheets) {
            list.getChildren().add(sheet(row));
        }
    }

    private String fileInfo(ImportInspection insp) {
        if (insp.format() == TrackerFormat.CSV && insp.textFormat() != null) {
            char d = insp.textFormat().delimiter();
            String delimiter = d == '\t' ? ctx.text("wizard.sheets.tab") : String.valueOf(d);
            return ctx.text("wizard.sheets.csvInfo", insp.fileName(), insp.textFormat().charsetLabel(), delimiter);
        }
        return ctx.text("wizard.sheets.workbookInfo", insp.fileName(), insp.format().name(), insp.sheets().size());
    }

    private Node sheet(SheetRow row) {
        int i = row.offer.sheet().index();
        SheetInfo info = row.offer.sheet();
        CheckBox box = new CheckBox(info.hidden() ? ctx.text("wizard.sheets.hiddenSheet", row.name()) : row.name());
        box.setId("sheet-" + i);
        box.getStyleClass().add("text-bold");
        box.selectedProperty().bindBidirectional(row.selected);

        Label rows = new Label();
        rows.setId("sheetRows-" + i);
        rows.getStyleClass().add("text-muted");
        rows.textProperty().bind(Bindings.createStringBinding(() -> rowCount(info, row.headerRow.get()), row.headerRow));

        int max = info.lastRow() > 0 ? Math.max(info.lastRow(), row.headerRow.get()) : HEADER_ROW_MAX_UNKNOWN;
        Spinner<Integer> header = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, max, row.headerRow.get()));
        header.setId("headerRow-" + i);
        header.setEditable(true);
        header.setPrefWidth(100);
        header.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setHeaderRow(row, b);
            }
        });
        Label headerLabel = new Label(ctx.text("wizard.sheets.headerRow"));
        headerLabel.setLabelFor(header);

        Label headers = new Label();
        headers.setId("sheetHeaders-" + i);
        headers.setWrapText(true);
        headers.textProperty().bind(Bindings.createStringBinding(() -> headers(row.plan.get()), row.plan));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(12, box, rows, grow, headerLabel, header);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox sheet = new VBox(4, top, headers);
        String hidden = hidden(info);
        if (!hidden.isEmpty()) {
            Label note = new Label(hidden);
            note.setId("sheetHidden-" + i);
            note.setWrapText(true);
            note.getStyleClass().add("warning");
            sheet.getChildren().add(note);
        }
        sheet.getStyleClass().add("wizard-sheet");
        return sheet;
    }

    private String rowCount(SheetInfo info, int headerRow) {
        return info.lastRow() > 0
                ? ctx.text("wizard.sheets.rows", Math.max(0, info.lastRow() - headerRow))
                : ctx.text("wizard.sheets.rowsUnknown");
    }

    private String headers(SheetPlan plan) {
        if (plan == null) {
            return ctx.text("wizard.sheets.noHeader");
        }
        if (!plan.hasData()) {
            return ctx.text("wizard.sheets.noData");
        }
        String list = plan.headers().stream().filter(h -> h != null && !h.isBlank()).limit(LISTED)
                .collect(Collectors.joining(" · "));
        return ctx.text("wizard.sheets.headers", list);
    }

    private String hidden(SheetInfo info) {
        List<String> rows = info.hiddenRows().stream().map(String::valueOf).toList();
        List<String> columns = info.hiddenColumns().stream().map(CellRef::columnName).toList();
        if (rows.isEmpty() && columns.isEmpty()) {
            return "";
        }
        if (columns.isEmpty()) {
            return ctx.text("wizard.sheets.hiddenRows", shortList(rows), rows.size());
        }
        if (rows.isEmpty()) {
            return ctx.text("wizard.sheets.hiddenColumns", shortList(columns), columns.size());
        }
        return ctx.text("wizard.sheets.hiddenBoth", shortList(rows), rows.size(), shortList(columns), columns.size());
    }

    private static String shortList(List<String> items) {
        String s = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return items.size() > LISTED ? s + ", …" : s;
    }
}
