package app.gendan.ui.followup;

import app.gendan.domain.DueItem;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.QuickDue;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.User;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.Widgets;
import app.gendan.ui.merge.MergeNote;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The follow-up form, keyboard first: it opens with the cursor in the summary, Enter saves
 * (Ctrl+Enter inside the multi-line feedback box), Esc cancels, and the quick due choices have
 * mnemonics (Alt+T tomorrow, Alt+3 in three days, Alt+M next Monday, Alt+W in a week).
 */
public final class FollowUpDialog {
    private final AppContext ctx;
    private final FollowUpFormViewModel vm;
    private final Runnable onSaved;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    private FollowUpDialog(AppContext ctx, FollowUpFormViewModel vm, Runnable onSaved) {
        this.ctx = ctx;
        this.vm = vm;
        this.onSaved = onSaved;
    }

    /** Logs a follow-up for a customer, filed under one of its orders when {@code orderId} is given. */
    public static void log(AppContext ctx, Window owner, long customerId, Long orderId, Runnable onSaved) {
        open(ctx, owner, FollowUpFormViewModel.forLog(ctx), customerId, orderId, onSaved);
    }

    /** Edits a logged follow-up (version-checked; a colleague's newer save is merged with what the user typed). */
    public static void edit(AppContext ctx, Window owner, FollowUp followUp, Runnable onSaved) {
        open(ctx, owner, FollowUpFormViewModel.forEdit(ctx, followUp), followUp.customerId(), followUp.orderId(), onSaved);
    }

    /** Marks a due step done while logging its outcome, which usually sets the following step. */
    public static void complete(AppContext ctx, Window owner, StepRef step, Runnable onSaved) {
        open(ctx, owner, FollowUpFormViewModel.forComplete(ctx, step), step.customerId(), step.orderId(), onSaved);
    }

    public static void complete(AppContext ctx, Window owner, DueItem item, Runnable onSaved) {
        complete(ctx, owner, StepRef.of(item), onSaved);
    }

    public static void complete(AppContext ctx, Window owner, FollowUp step, Runnable onSaved) {
        complete(ctx, owner, StepRef.of(step), onSaved);
    }

    private static void open(AppContext ctx, Window owner, FollowUpFormViewModel vm, long customerId, Long orderId,
                             Runnable onSaved) {
        ctx.tasks().run(() -> FollowUpFormViewModel.Loaded.read(ctx.workspace(), customerId, orderId), loaded -> {
            vm.fill(loaded);
            new FollowUpDialog(ctx, vm, onSaved).show(owner);
        }, ctx.errors()::show);
    }

    private void show(Window owner) {
        String titleKey = switch (vm.mode()) {
            case LOG -> "followup.title.log";
            case EDIT -> "followup.title.edit";
            case COMPLETE -> "followup.title.complete";
        };
        dialog.setTitle(ctx.text(titleKey));
        dialog.setResizable(true);
        dialog.initModality(Modality.WINDOW_MODAL);
        Window parent = owner != null ? owner : Widgets.owner().orElse(null);
        if (parent != null) {
            dialog.initOwner(parent);
        }
        var pane = dialog.getDialogPane();
        pane.setId("followUpForm");
        Widgets.style(pane);
        ButtonType save = new ButtonType(ctx.text(vm.mode() == FollowUpFormViewModel.Mode.COMPLETE
                ? "followup.button.completeAndLog" : "button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType doneOnly = new ButtonType(ctx.text("followup.button.doneOnly"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(ctx.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (vm.mode() == FollowUpFormViewModel.Mode.COMPLETE) {
            pane.getButtonTypes().setAll(save, doneOnly, cancel);
            Button done = (Button) pane.lookupButton(doneOnly);
            done.setId("followUpDoneOnly");
            done.disableProperty().bind(vm.busy);
            done.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                vm.save(false, this::saved);
            });
        } else {
            pane.getButtonTypes().setAll(save, cancel);
        }
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("followUpSave");
        saveButton.disableProperty().bind(vm.busy);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit();
        });
        pane.lookupButton(cancel).setId("followUpCancel");
        vm.setWindow(() -> pane.getScene() == null ? null : pane.getScene().getWindow());
        vm.modeProperty().addListener((o, was, now) -> {
            // a colleague completed the step first: what was typed is logged as a new follow-up
            if (now == FollowUpFormViewModel.Mode.LOG) {
                dialog.setTitle(ctx.text("followup.title.log"));
                saveButton.setText(ctx.text("button.save"));
                pane.getButtonTypes().remove(doneOnly);
            }
        });
        // each button as wide as its own words, so none is cut short
        pane.getButtonTypes().forEach(t -> ButtonBar.setButtonUniformSize(pane.lookupButton(t), false));

        TextField summary = Widgets.text("followUpSummary", vm.summary);
        pane.setContent(content(summary));
        pane.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        pane.setPrefWidth(660);
        dialog.setOnShown(e -> Platform.runLater(summary::requestFocus));
        dialog.show();
    }

    private Node content(TextField summary) {
        VBox box = new VBox(8);
        Label about = new Label(about());
        about.setId("followUpAbout");
        about.getStyleClass().add("title-4");
        about.setWrapText(true);
        box.getChildren().add(about);
        if (vm.mode() == FollowUpFormViewModel.Mode.COMPLETE) {
            StepRef step = vm.completing();
            Label completing = new Label(ctx.text("followup.completing", step.step().action(),
                    StepText.due(ctx, step.step())));
            completing.setId("followUpCompleting");
            completing.getStyleClass().add("followup-completing");
            completing.setWrapText(true);
            completing.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> vm.mode() == FollowUpFormViewModel.Mode.COMPLETE, vm.modeProperty()));
            completing.managedProperty().bind(completing.visibleProperty());
            box.getChildren().add(completing);
        }
        box.getChildren().add(MergeNote.label(vm.mergeNote));

        FormGrid form = new FormGrid();
        if (vm.mode() == FollowUpFormViewModel.Mode.LOG && !vm.orders.isEmpty()) {
            ComboBox<SalesOrder> order = new ComboBox<>(vm.orders);
            order.setId("followUpOrder");
            order.setPromptText(ctx.text("followup.order.none"));
            order.setConverter(Widgets.converter(o -> o.orderNo() + "  " + o.title()));
            order.valueProperty().bindBidirectional(vm.order);
            order.setMaxWidth(Double.MAX_VALUE);
            form.add(ctx.text("followup.field.order"), "order", order);
        }
        DatePicker whenDate = date("followUpWhenDate", vm.happenedDate);
        TextField whenTime = Widgets.text("followUpWhenTime", vm.happenedTime);
        whenTime.setPrefColumnCount(5);
        ComboBox<FollowUpMethod> method = Widgets.combo("followUpMethod", FollowUpMethod.values(),
                m -> ctx.text("method." + m.code()));
        method.valueProperty().bindBidirectional(vm.method);
        HBox whenRow = new HBox(6, whenDate, whenTime, method);
        whenRow.setAlignment(Pos.CENTER_LEFT);

        summary.setPromptText(ctx.text("followup.summary.prompt"));
        TextArea feedback = new TextArea();
        feedback.setId("followUpFeedback");
        feedback.setPrefRowCount(2);
        feedback.setPrefColumnCount(24);
        feedback.setWrapText(true);
        feedback.textProperty().bindBidirectional(vm.feedback);
        feedback.addEventFilter(KeyEvent.KEY_PRESSED, FollowUpDialog::tabLeavesTextArea);
        TextField result = Widgets.text("followUpResult", vm.resultStatus);
        result.setPromptText(ctx.text("followup.result.prompt"));

        TextField action = Widgets.text("followUpNextAction", vm.nextAction);
        action.setPromptText(ctx.text("followup.nextAction.prompt"));
        DatePicker dueDate = date("followUpNextDate", vm.nextDate);
        TextField dueTime = Widgets.text("followUpNextTime", vm.nextTime);
        dueTime.setPrefColumnCount(7);
        dueTime.setPromptText(ctx.text("followup.time.prompt"));
        HBox quick = new HBox(4, quick("followUpDueTomorrow", "followup.due.tomorrow", QuickDue.TOMORROW),
                quick("followUpDueIn3Days", "followup.due.in3Days", QuickDue.IN_3_DAYS),
                quick("followUpDueNextMonday", "followup.due.nextMonday", QuickDue.NEXT_MONDAY),
                quick("followUpDueInAWeek", "followup.due.inAWeek", QuickDue.IN_A_WEEK));
        HBox dueRow = new HBox(6, dueDate, dueTime);
        dueRow.setAlignment(Pos.CENTER_LEFT);
        ComboBox<User> owner = new ComboBox<>(vm.users);
        owner.setId("followUpNextOwner");
        owner.setConverter(Widgets.converter(User::displayName));
        owner.valueProperty().bindBidirectional(vm.nextOwner);

        // a new step replaces the order's open one unless the user keeps both on purpose
        javafx.scene.control.CheckBox keepEarlier = new javafx.scene.control.CheckBox(ctx.text("followup.keepEarlierStep"));
        keepEarlier.setId("followUpKeepEarlierStep");
        keepEarlier.selectedProperty().bindBidirectional(vm.keepEarlierStep);
        keepEarlier.setVisible(vm.logging());
        keepEarlier.setManaged(vm.logging());

        Label nextTitle = new Label(ctx.text("followup.section.next"));
        nextTitle.getStyleClass().add("text-bold");
        form.add(ctx.text("followup.field.when"), "happenedAt", whenRow)
                .add(ctx.text("followup.field.summary"), "summary", summary)
                .add(ctx.text("followup.field.feedback"), "feedback", feedback)
                .add(ctx.text("followup.field.result"), "resultStatus", result)
                .add("", null, nextTitle)
                .add(ctx.text("followup.field.nextAction"), "nextAction", action)
                .add(ctx.text("followup.field.nextDue"), "nextDue", new VBox(4, quick, dueRow))
                .add(ctx.text("followup.field.nextOwner"), "nextOwner", owner)
                .add("", null, keepEarlier)
                .bindErrors(vm.errors);
        Label hint = new Label(ctx.text("followup.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        box.getChildren().addAll(form.node(), hint);
        VBox.setVgrow(form.node(), Priority.ALWAYS);
        return box;
    }

    private String about() {
        SalesOrder o = vm.fixedOrder();
        String customer = vm.customer() == null ? "" : vm.customer().name();
        return o == null ? customer : ctx.text("followup.about.order", customer, o.orderNo(), o.title());
    }

    private Button quick(String id, String key, QuickDue choice) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setFocusTraversable(false);
        b.getStyleClass().add("small");
        LocalDate date = choice.from(ctx.workspace().clock().instant(), ctx.formats().zone());
        b.setTooltip(new Tooltip(ctx.formats().date(date)));
        b.setOnAction(e -> vm.quickDue(choice));
        return b;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setConverter(ctx.formats().dateConverter());
        p.setPrefWidth(175);
        p.valueProperty().bindBidirectional(value);
        return p;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        Node focused = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getFocusOwner();
        boolean multiLine = focused instanceof TextArea;
        boolean choosing = focused instanceof ComboBoxBase<?> c && c.isShowing();
        if (e.isShortcutDown() || (!multiLine && !choosing && !(focused instanceof Button))) {
            e.consume();
            submit();
        }
    }

    private void submit() {
        if (!commitDates()) {
            return;
        }
        vm.save(true, this::saved);
    }

    /** Dates typed but not yet committed (no Enter or focus change in the picker) count too. */
    private boolean commitDates() {
        boolean ok = commit(dialog.getDialogPane().lookup("#followUpWhenDate"), "happenedAt");
        return commit(dialog.getDialogPane().lookup("#followUpNextDate"), "nextDue") && ok;
    }

    private boolean commit(Node node, String field) {
        if (!(node instanceof DatePicker picker)) {
            return true;
        }
        String text = picker.getEditor().getText();
        try {
            picker.setValue(picker.getConverter().fromString(text));
            vm.errors.remove(field);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            vm.errors.put(field, ctx.text("followup.date.invalid"));
            return false;
        }
    }

    private void saved() {
        dialog.setResult(ButtonType.OK);
        dialog.close();
        onSaved.run();
    }

    /** Tab moves on from the feedback box instead of typing a tab character (Ctrl+Tab does the same natively). */
    private static void tabLeavesTextArea(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && e.getSource() instanceof TextArea area) {
            e.consume();
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
        }
    }
}
