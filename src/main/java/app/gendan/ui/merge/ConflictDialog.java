package app.gendan.ui.merge;

import app.gendan.domain.merge.MergeResult;
import app.gendan.ui.AppContext;
import app.gendan.ui.Widgets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Asks, for each field a colleague and the user both changed, whose value to keep (the user's
 * by default), and lists the fields taken in from the colleague without asking. Apply gives the
 * fields to take from the colleague; Cancel gives nothing and the form stays as typed.
 */
public final class ConflictDialog {
    private static final double VALUE_WIDTH = 220;

    private ConflictDialog() {}

    public static <D> Optional<Set<String>> ask(AppContext ctx, Window owner, MergeResult<D> result, FieldTexts<D> texts) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ctx.text("merge.dialog.title"));
        dialog.setResizable(true);
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        var pane = dialog.getDialogPane();
        pane.setId("conflictDialog");
        Widgets.style(pane);
        ButtonType apply = new ButtonType(ctx.text("merge.dialog.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(apply, cancel);
        pane.lookupButton(apply).setId("conflictApply");
        pane.lookupButton(cancel).setId("conflictCancel");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("conflict-grid");
        grid.setHgap(14);
        grid.setVgap(10);
        grid.addRow(0, heading(ctx.text("merge.column.field")), heading(ctx.text("merge.column.theirs")),
                heading(ctx.text("merge.column.mine")), heading(ctx.text("merge.column.keep")));
        Map<String, RadioButton> takeTheirs = new LinkedHashMap<>();
        int row = 1;
        for (String field : result.conflicts()) {
            RadioButton mine = new RadioButton(ctx.text("merge.keepMine"));
            mine.setId("keepMine-" + field);
            RadioButton theirs = new RadioButton(ctx.text("merge.takeTheirs"));
            theirs.setId("takeTheirs-" + field);
            ToggleGroup choice = new ToggleGroup();
            mine.setToggleGroup(choice);
            theirs.setToggleGroup(choice);
            mine.setSelected(true);
            takeTheirs.put(field, theirs);
            grid.addRow(row++, new Label(texts.label(field)),
                    value("theirs-" + field, shown(ctx, texts.value(field, result.theirs()))),
                    value("mine-" + field, shown(ctx, texts.value(field, result.mine()))),
                    new HBox(8, mine, theirs));
        }
        Label intro = new Label(ctx.text("merge.dialog.header"));
        intro.setWrapText(true);
        VBox box = new VBox(12, intro, grid);
        if (!result.fromTheirs().isEmpty()) {
            Label taken = new Label(ctx.text("merge.dialog.taken", MergeSentences.fields(ctx, texts, result.fromTheirs())));
            taken.setId("conflictTaken");
            taken.setWrapText(true);
            box.getChildren().add(taken);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        pane.setContent(scroll);
        pane.setPrefWidth(760);

        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != apply) {
            return Optional.empty();
        }
        Set<String> chosen = new LinkedHashSet<>();
        takeTheirs.forEach((field, button) -> {
            if (button.isSelected()) {
                chosen.add(field);
            }
        });
        return Optional.of(chosen);
    }

    private static String shown(AppContext ctx, String value) {
        return value == null || value.isBlank() ? ctx.text("merge.empty") : value;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(VALUE_WIDTH);
        l.setPrefWidth(VALUE_WIDTH);
        return l;
    }
}
