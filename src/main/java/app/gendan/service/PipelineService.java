package app.gendan.service;

import app.gendan.store.WriteTx;
import app.gendan.store.Writes;
import app.gendan.domain.FieldError;
import app.gendan.domain.GendanException;
import app.gendan.domain.Pipeline;
import app.gendan.domain.StaleEditException;
import app.gendan.domain.Stage;
import app.gendan.domain.StageKind;
import app.gendan.domain.ValidationException;
import app.gendan.domain.i18n.DefaultNames;
import app.gendan.domain.i18n.Messages;
import app.gendan.store.Database;
import java.util.ArrayList;
import java.util.List;

/** Pipelines and their stages: the default 标准跟单流程 and the Settings editor. */
public final class PipelineService {
    /** Idle-day limits of the eight default stages, in order. */
    private static final int[] DEFAULT_IDLE_DAYS = {7, 10, 14, 7, 30, 14, 30, 60};

    private final Database db;
    private final Writes writes;

    PipelineService(Database db, Writes writes) {
        this.db = db;
        this.writes = writes;
    }

    /**
     * Creates the default pipeline when the database has none. Its names are written in the user's
     * language with their message keys, so each colleague reads them in their own language until the
     * team renames them ({@link DefaultNames}).
     */
    public Pipeline ensureDefault(Messages messages) {
        return writes.run("pipeline", tx -> {
            List<Pipeline> existing = tx.store().pipelines().all();
            if (!existing.isEmpty()) {
                return existing.stream().filter(Pipeline::isDefault).findFirst().orElse(existing.get(0));
            }
            long id = tx.store().pipelines().insertPipeline(messages.get(DefaultNames.PIPELINE), DefaultNames.PIPELINE,
                    0, true, tx.actor(), tx.now());
            for (int i = 0; i < DEFAULT_IDLE_DAYS.length; i++) {
                int n = i + 1;
                String key = DefaultNames.stage(n);
                long stageId = tx.store().pipelines().insertStage(id, messages.get(key), key, i,
                        StageKind.OPEN, DEFAULT_IDLE_DAYS[i], tx.actor(), tx.now());
                List<String> items = DefaultNames.checklist(messages, n);
                List<String> keys = new ArrayList<>();
                for (int j = 0; j < items.size(); j++) {
                    keys.add(DefaultNames.checklistItem(n, j));
                }
                tx.store().pipelines().replaceChecklist(stageId, items, keys);
            }
            tx.store().pipelines().insertStage(id, messages.get(DefaultNames.WON), DefaultNames.WON, 100,
                    StageKind.WON, null, tx.actor(), tx.now());
            tx.store().pipelines().insertStage(id, messages.get(DefaultNames.LOST), DefaultNames.LOST, 101,
                    StageKind.LOST, null, tx.actor(), tx.now());
            tx.audit("pipeline", id, "create");
            return tx.store().pipelines().byId(id).orElseThrow();
        });
    }

    public List<Pipeline> pipelines() {
        return db.read(s -> s.pipelines().all()).stream().filter(p -> !p.archived()).toList();
    }

    public Pipeline defaultPipeline() {
        List<Pipeline> all = pipelines();
        if (all.isEmpty()) {
            throw new GendanException("error.noPipeline");
        }
        return all.stream().filter(Pipeline::isDefault).findFirst().orElse(all.get(0));
    }

    /** All stages of a pipeline, archived and closed ones included. */
    public List<Stage> stages(long pipelineId) {
        return db.read(s -> s.pipelines().stages(pipelineId));
    }

    /** The board columns: open, not archived, in order. */
    public List<Stage> openStages(long pipelineId) {
        return stages(pipelineId).stream().filter(s -> s.isOpen() && !s.archived()).toList();
    }

    public Pipeline addPipeline(String name) {
        String clean = requireName(name);
        return writes.run("pipeline", tx -> {
            int position = tx.store().pipelines().all().size();
            long id = tx.store().pipelines().insertPipeline(clean, position, false, tx.actor(), tx.now());
            tx.store().pipelines().insertStage(id, clean, 0, StageKind.OPEN, null, tx.actor(), tx.now());
            Pipeline template = tx.store().pipelines().all().stream().filter(Pipeline::isDefault).findFirst().orElse(null);
            String won = "won";
            String lost = "lost";
            String wonKey = null;
            String lostKey = null;
            if (template != null) {
                for (Stage s : tx.store().pipelines().stages(template.id())) {
                    if (s.kind() == StageKind.WON) {
                        won = s.name();
                        wonKey = s.nameKey();
                    } else if (s.kind() == StageKind.LOST) {
                        lost = s.name();
                        lostKey = s.nameKey();
                    }
                }
            }
            tx.store().pipelines().insertStage(id, won, wonKey, 100, StageKind.WON, null, tx.actor(), tx.now());
            tx.store().pipelines().insertStage(id, lost, lostKey, 101, StageKind.LOST, null, tx.actor(), tx.now());
            tx.audit("pipeline", id, "create", "name", null, clean);
            return tx.store().pipelines().byId(id).orElseThrow();
        });
    }

    public void renamePipeline(long pipelineId, int version, String name) {
        String clean = requireName(name);
        writes.run("pipeline", tx -> {
            Pipeline p = tx.store().pipelines().byId(pipelineId).orElseThrow(() -> new StaleEditException("pipeline", pipelineId));
            // the name as read (a default one in this language) unchanged: it keeps its key and stays translated
            String rename = clean.equals(p.name()) ? null : clean;
            if (!tx.store().pipelines().updatePipeline(pipelineId, version, rename, p.archived(), tx.actor(), tx.now())) {
                throw new StaleEditException("pipeline", pipelineId);
            }
            tx.audit("pipeline", pipelineId, "update", "name", p.name(), clean);
            return pipelineId;
        });
    }

    /** Adds an open stage after the last open one. */
    public Stage addStage(long pipelineId, String name, Integer idleDays) {
        String clean = requireName(name);
        validateIdle(idleDays);
        return writes.run("stage", tx -> {
            int position = tx.store().pipelines().stages(pipelineId).stream()
                    .filter(Stage::isOpen).mapToInt(Stage::position).max().orElse(-1) + 1;
            long id = tx.store().pipelines().insertStage(pipelineId, clean, position, StageKind.OPEN, idleDays,
                    tx.actor(), tx.now());
            tx.audit("stage", id, "create", "name", null, clean);
            return tx.store().pipelines().stage(id).orElseThrow();
        });
    }

    /**
     * Renames a stage and sets its idle-days limit. A default stage whose name is given back as read
     * (in this language) keeps its key; any other name is the team's own and reads the same for all.
     */
    public void updateStage(long stageId, int version, String name, Integer idleDays) {
        String clean = requireName(name);
        validateIdle(idleDays);
        writes.run("stage", tx -> {
            Stage s = loadStage(tx, stageId);
            String rename = clean.equals(s.name()) ? null : clean;
            if (!tx.store().pipelines().updateStage(stageId, version, rename, s.position(), idleDays, s.archived(),
                    tx.actor(), tx.now())) {
                throw new StaleEditException("stage", stageId);
            }
            if (!s.name().equals(clean)) {
                tx.audit("stage", stageId, "update", "name", s.name(), clean);
            }
            if (!java.util.Objects.equals(s.idleDays(), idleDays)) {
                tx.audit("stage", stageId, "update", "idleDays", s.idleDays(), idleDays);
            }
            return stageId;
        });
    }

    /** Archives a stage; refused while open orders sit in it, so none vanish from the board. */
    public void archiveStage(long stageId, int version, boolean archived) {
        writes.run("stage", tx -> {
            Stage s = loadStage(tx, stageId);
            if (archived && tx.store().orders().countInStage(stageId) > 0) {
                throw new GendanException("error.stage.notEmpty", s.name(), tx.store().orders().countInStage(stageId));
            }
            if (!tx.store().pipelines().updateStage(stageId, version, null, s.position(), s.idleDays(), archived,
                    tx.actor(), tx.now())) {
                throw new StaleEditException("stage", stageId);
            }
            tx.audit("stage", stageId, "update", "archived", s.archived(), archived);
            return stageId;
        });
    }

    /** Puts the open stages of a pipeline in the given order. */
    public void reorderStages(long pipelineId, List<Long> stageIdsInOrder) {
        writes.run("stage", tx -> {
            List<Stage> stages = tx.store().pipelines().stages(pipelineId);
            List<Long> open = new ArrayList<>(stages.stream().filter(Stage::isOpen).map(Stage::id).toList());
            if (!(open.containsAll(stageIdsInOrder) && stageIdsInOrder.containsAll(open))) {
                throw new GendanException("error.stage.reorderMismatch");
            }
            for (int i = 0; i < stageIdsInOrder.size(); i++) {
                long id = stageIdsInOrder.get(i);
                Stage s = stages.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
                if (s.position() != i) {
                    tx.store().pipelines().updateStage(id, s.version(), null, i, s.idleDays(), s.archived(),
                            tx.actor(), tx.now());
                    tx.audit("stage", id, "update", "position", s.position(), i);
                }
            }
            return pipelineId;
        });
    }

    public void setChecklist(long stageId, List<String> items) {
        List<String> clean = items.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        writes.run("stage", tx -> {
            Stage s = loadStage(tx, stageId);
            tx.store().pipelines().replaceChecklist(stageId, clean);
            tx.audit("stage", stageId, "update", "checklist", String.join(" | ", s.checklist()), String.join(" | ", clean));
            return stageId;
        });
    }

    private static Stage loadStage(WriteTx tx, long stageId) {
        return tx.store().pipelines().stage(stageId).orElseThrow(() -> new StaleEditException("stage", stageId));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("name", "validation.required")));
        }
        return name.trim();
    }

    private static void validateIdle(Integer idleDays) {
        if (idleDays != null && idleDays <= 0) {
            throw new ValidationException(List.of(FieldError.of("idleDays", "validation.positive")));
        }
    }
}
