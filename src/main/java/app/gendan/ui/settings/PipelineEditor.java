package app.gendan.ui.settings;

import app.gendan.domain.Pipeline;
import app.gendan.domain.Stage;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.UiActions;
import app.gendan.ui.Widgets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Pipelines and their stages: rename, add, reorder, archive, idle-days limit and SOP checklist. */
final class PipelineEditor {
    private final AppContext ctx;
    private final UiActions actions;
    private final ComboBox<Pipeline> pipelines = new ComboBox<>();
    private final ListView<Stage> stages = new ListView<>();
    private final StringProperty pipelineName = new SimpleStringProperty("");
    private final StringProperty newPipeline = new SimpleStringProperty("");
    private final StringProperty stageName = new SimpleStringProperty("");
    private final StringProperty idleDays = new SimpleStringProperty("");
    private final StringProperty newStage = new SimpleStringProperty("");
    private final TextArea checklist = new TextArea();
    private final VBox root;

    PipelineEditor(AppContext ctx, UiActions actions) {
        this.ctx = ctx;
        this.actions = actions;
        pipelines.setId("settingsPipeline");
        pipelines.setConverter(Widgets.converter(Pipeline::name));
        pipelines.valueProperty().addListener((o, a, p) -> {
            pipelineName.set(p == null ? "" : p.name());
            loadStages();
        });
        stages.setId("settingsStages");
        stages.setPrefHeight(240);
        stages.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Stage s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name()
                        + (s.idleDays() == null ? "" : "  · " + ctx.text("settings.stage.idleShort", s.idleDays()))
                        + (s.archived() ? "  · " + ctx.text("settings.stage.archived") : ""));
            }
        });
        stages.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            stageName.set(s == null ? "" : s.name());
            idleDays.set(s == null || s.idleDays() == null ? "" : s.idleDays().toString());
            checklist.setText(s == null ? "" : String.join("\n", s.checklist()));
        });
        checklist.setPrefRowCount(4);
        checklist.setPromptText(ctx.text("settings.stage.checklistHint"));

        Button rename = button("settings.pipeline.rename", () -> {
            Pipeline p = pipelines.getValue();
            String name = pipelineName.get();
            return () -> ctx.workspace().pipelines().renamePipeline(p.id(), p.version(), name);
        }, true);
        Button addPipeline = button("settings.pipeline.add", () -> {
            String name = newPipeline.get();
            return () -> ctx.workspace().pipelines().addPipeline(name);
        }, true);
        Button up = button("settings.stage.up", () -> reorder(-1), false);
        Button down = button("settings.stage.down", () -> reorder(1), false);
        Button saveStage = button("settings.stage.save", () -> {
            Stage s = selected();
            String name = stageName.get();
            Integer idle = idle();
            List<String> items = Arrays.asList(checklist.getText().split("\n"));
            return () -> {
                ctx.workspace().pipelines().updateStage(s.id(), s.version(), name, idle);
                ctx.workspace().pipelines().setChecklist(s.id(), items);
            };
        }, false);
        saveStage.setId("saveStage");
        Button archive = button("settings.stage.archive", () -> {
            Stage s = selected();
            return () -> ctx.workspace().pipelines().archiveStage(s.id(), s.version(), !s.archived());
        }, false);
        Button addStage = button("settings.stage.add", () -> {
            long pipelineId = pipelines.getValue().id();
            String name = newStage.get();
            return () -> ctx.workspace().pipelines().addStage(pipelineId, name, null);
        }, true);
        for (Button b : List.of(up, down, saveStage, archive)) {
            b.disableProperty().bind(stages.getSelectionModel().selectedItemProperty().isNull());
        }

        FormGrid stageForm = new FormGrid()
                .add(ctx.text("settings.stage.name"), null, Widgets.text("stageName", stageName))
                .add(ctx.text("settings.stage.idleDays"), null, Widgets.text("stageIdleDays", idleDays))
                .add(ctx.text("settings.stage.checklist"), null, checklist);
        root = new VBox(8,
                new HBox(6, pipelines, Widgets.text("pipelineName", pipelineName), rename),
                new HBox(6, Widgets.text("newPipelineName", newPipeline), addPipeline),
                new HBox(12, new VBox(6, stages, new HBox(6, up, down, archive)),
                        new VBox(6, stageForm.node(), saveStage)),
                new HBox(6, Widgets.text("newStageName", newStage), addStage));
        reload();
    }

    Node root() { return root; }

    private Stage selected() { return stages.getSelectionModel().getSelectedItem(); }

    private Integer idle() {
        String t = idleDays.get() == null ? "" : idleDays.get().trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return -1; // rejected by the service as not positive
        }
    }

    /** The swap, read from the list on the FX thread; null when the stage is already at that end. */
    private Runnable reorder(int delta) {
        Stage s = selected();
        List<Stage> open = new ArrayList<>(stages.getItems().stream().filter(Stage::isOpen).toList());
        int i = open.indexOf(s);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= open.size()) {
            return null;
        }
        open.set(i, open.get(j));
        open.set(j, s);
        List<Long> ids = open.stream().map(Stage::id).toList();
        return () -> ctx.workspace().pipelines().reorderStages(s.pipelineId(), ids);
    }

    /**
     * A button whose action reads the form on the FX thread ({@code prepare}) and runs the
     * returned database work in the background; a null work means there is nothing to do.
     */
    private Button button(String key, Supplier<Runnable> prepare, boolean reloadPipelines) {
        Button b = new Button(ctx.text(key));
        b.setOnAction(e -> {
            Stage keep = selected();
            Runnable work = prepare.get();
            if (work == null) {
                return;
            }
            ctx.tasks().run(() -> {
                work.run();
                return null;
            }, v -> {
                newPipeline.set("");
                newStage.set("");
                if (reloadPipelines) {
                    reload();
                } else {
                    loadStages(keep == null ? null : keep.id());
                }
                actions.dataChanged("pipeline");
            }, ctx.errors()::show);
        });
        return b;
    }

    private void reload() {
        Pipeline current = pipelines.getValue();
        ctx.tasks().run(() -> ctx.workspace().pipelines().pipelines(), list -> {
            pipelines.getItems().setAll(list);
            pipelines.setValue(list.stream().filter(p -> current != null && p.id() == current.id()).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            loadStages();
        }, ctx.errors()::show);
    }

    private void loadStages() { loadStages(null); }

    private void loadStages(Long selectId) {
        Pipeline p = pipelines.getValue();
        if (p == null) {
            stages.getItems().clear();
            return;
        }
        ctx.tasks().run(() -> ctx.workspace().pipelines().stages(p.id()), list -> {
            stages.getItems().setAll(list.stream().filter(Stage::isOpen).toList());
            if (selectId != null) {
                stages.getItems().stream().filter(s -> s.id() == selectId).findFirst()
                        .ifPresent(s -> stages.getSelectionModel().select(s));
            }
        }, ctx.errors()::show);
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    static FontIcon icon(String name) { return new FontIcon(name); }
}
