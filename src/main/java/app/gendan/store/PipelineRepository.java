package app.gendan.store;

import static app.gendan.store.generated.Tables.PIPELINE;
import static app.gendan.store.generated.Tables.STAGE;
import static app.gendan.store.generated.Tables.STAGE_CHECKLIST_ITEM;

import app.gendan.domain.Pipeline;
import app.gendan.domain.Stage;
import app.gendan.domain.StageKind;
import app.gendan.domain.i18n.DefaultNames;
import app.gendan.store.generated.tables.records.PipelineRecord;
import app.gendan.store.generated.tables.records.StageRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Pipelines, stages and their SOP templates. Names that still carry a default key are read in the
 * language of {@code names} (see {@link DefaultNames}); writing a new name clears the key.
 */
public final class PipelineRepository {
    private final DSLContext dsl;
    private final DefaultNames names;

    PipelineRepository(DSLContext dsl, DefaultNames names) {
        this.dsl = dsl;
        this.names = names;
    }

    public List<Pipeline> all() {
        return dsl.selectFrom(PIPELINE).orderBy(PIPELINE.POSITION, PIPELINE.ID).fetch(this::toPipeline);
    }

    public Optional<Pipeline> byId(long id) {
        return dsl.selectFrom(PIPELINE).where(PIPELINE.ID.eq(id)).fetchOptional(this::toPipeline);
    }

    public long insertPipeline(String name, int position, boolean isDefault, Long actor, Instant now) {
        return insertPipeline(name, null, position, isDefault, actor, now);
    }

    /** A pipeline whose name is the text of {@code nameKey} (null: a name of its own). */
    public long insertPipeline(String name, String nameKey, int position, boolean isDefault, Long actor, Instant now) {
        return dsl.insertInto(PIPELINE)
                .set(PIPELINE.NAME, name).set(PIPELINE.NAME_KEY, nameKey)
                .set(PIPELINE.POSITION, position).set(PIPELINE.IS_DEFAULT, isDefault)
                .set(PIPELINE.CREATED_AT, now).set(PIPELINE.CREATED_BY, actor)
                .set(PIPELINE.UPDATED_AT, now).set(PIPELINE.UPDATED_BY, actor)
                .returning(PIPELINE.ID).fetchOne().getId();
    }

    /** {@code rename} null keeps the name (and its default key); a name replaces it and clears the key. */
    public boolean updatePipeline(long id, int expectedVersion, String rename, boolean archived, Long actor, Instant now) {
        var update = dsl.update(PIPELINE).set(PIPELINE.ARCHIVED, archived);
        if (rename != null) {
            update = update.set(PIPELINE.NAME, rename).set(PIPELINE.NAME_KEY, (String) null);
        }
        return update
                .set(PIPELINE.VERSION, PIPELINE.VERSION.plus(1))
                .set(PIPELINE.UPDATED_AT, now).set(PIPELINE.UPDATED_BY, actor)
                .where(PIPELINE.ID.eq(id).and(PIPELINE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Stages of a pipeline in board order, archived ones included, each with its SOP template. */
    public List<Stage> stages(long pipelineId) {
        Map<Long, List<String>> checklists = new HashMap<>();
        dsl.select(STAGE_CHECKLIST_ITEM.STAGE_ID, STAGE_CHECKLIST_ITEM.TEXT, STAGE_CHECKLIST_ITEM.TEXT_KEY)
                .from(STAGE_CHECKLIST_ITEM).join(STAGE).on(STAGE.ID.eq(STAGE_CHECKLIST_ITEM.STAGE_ID))
                .where(STAGE.PIPELINE_ID.eq(pipelineId))
                .orderBy(STAGE_CHECKLIST_ITEM.POSITION)
                .forEach(r -> checklists.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(names.name(r.value3(), r.value2())));
        return dsl.selectFrom(STAGE).where(STAGE.PIPELINE_ID.eq(pipelineId))
                .orderBy(STAGE.POSITION, STAGE.ID)
                .fetch(r -> toStage(r, checklists.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Stage> stage(long stageId) {
        return dsl.selectFrom(STAGE).where(STAGE.ID.eq(stageId)).fetchOptional()
                .map(r -> toStage(r, checklist(stageId)));
    }

    /** The SOP template of a stage, in this language. */
    private List<String> checklist(long stageId) {
        return dsl.select(STAGE_CHECKLIST_ITEM.TEXT, STAGE_CHECKLIST_ITEM.TEXT_KEY).from(STAGE_CHECKLIST_ITEM)
                .where(STAGE_CHECKLIST_ITEM.STAGE_ID.eq(stageId)).orderBy(STAGE_CHECKLIST_ITEM.POSITION)
                .fetch(r -> names.name(r.value2(), r.value1()));
    }

    public long insertStage(long pipelineId, String name, int position, StageKind kind, Integer idleDays,
                            Long actor, Instant now) {
        return insertStage(pipelineId, name, null, position, kind, idleDays, actor, now);
    }

    /** A stage whose name is the text of {@code nameKey} (null: a name of its own). */
    public long insertStage(long pipelineId, String name, String nameKey, int position, StageKind kind,
                            Integer idleDays, Long actor, Instant now) {
        return dsl.insertInto(STAGE)
                .set(STAGE.PIPELINE_ID, pipelineId).set(STAGE.NAME, name).set(STAGE.NAME_KEY, nameKey)
                .set(STAGE.POSITION, position)
                .set(STAGE.KIND, kind.code()).set(STAGE.IDLE_DAYS, idleDays)
                .set(STAGE.CREATED_AT, now).set(STAGE.CREATED_BY, actor)
                .set(STAGE.UPDATED_AT, now).set(STAGE.UPDATED_BY, actor)
                .returning(STAGE.ID).fetchOne().getId();
    }

    /** {@code rename} null keeps the name (and its default key); a name replaces it and clears the key. */
    public boolean updateStage(long stageId, int expectedVersion, String rename, int position, Integer idleDays,
                               boolean archived, Long actor, Instant now) {
        var update = dsl.update(STAGE).set(STAGE.POSITION, position);
        if (rename != null) {
            update = update.set(STAGE.NAME, rename).set(STAGE.NAME_KEY, (String) null);
        }
        return update.set(STAGE.IDLE_DAYS, idleDays)
                .set(STAGE.ARCHIVED, archived)
                .set(STAGE.VERSION, STAGE.VERSION.plus(1))
                .set(STAGE.UPDATED_AT, now).set(STAGE.UPDATED_BY, actor)
                .where(STAGE.ID.eq(stageId).and(STAGE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /**
     * Replaces a stage's SOP template. An item that reads as one of the current items (in this
     * language) keeps that item's default key, so editing one line leaves the others translated.
     */
    public void replaceChecklist(long stageId, List<String> items) {
        Map<String, String> keys = new HashMap<>();
        dsl.select(STAGE_CHECKLIST_ITEM.TEXT, STAGE_CHECKLIST_ITEM.TEXT_KEY).from(STAGE_CHECKLIST_ITEM)
                .where(STAGE_CHECKLIST_ITEM.STAGE_ID.eq(stageId).and(STAGE_CHECKLIST_ITEM.TEXT_KEY.isNotNull()))
                .forEach(r -> keys.putIfAbsent(names.name(r.value2(), r.value1()), r.value2()));
        replaceChecklist(stageId, items, items.stream().map(keys::get).toList());
    }

    /** Replaces a stage's SOP template: {@code keys.get(i)} is the default key of item i (null: text of its own). */
    public void replaceChecklist(long stageId, List<String> items, List<String> keys) {
        dsl.deleteFrom(STAGE_CHECKLIST_ITEM).where(STAGE_CHECKLIST_ITEM.STAGE_ID.eq(stageId)).execute();
        for (int pos = 0; pos < items.size(); pos++) {
            dsl.insertInto(STAGE_CHECKLIST_ITEM)
                    .set(STAGE_CHECKLIST_ITEM.STAGE_ID, stageId)
                    .set(STAGE_CHECKLIST_ITEM.POSITION, pos)
                    .set(STAGE_CHECKLIST_ITEM.TEXT, items.get(pos))
                    .set(STAGE_CHECKLIST_ITEM.TEXT_KEY, keys.get(pos))
                    .execute();
        }
    }

    Pipeline toPipeline(PipelineRecord r) {
        return new Pipeline(r.getId(), names.name(r.getNameKey(), r.getName()), r.getPosition(), r.getIsDefault(),
                r.getArchived(), r.getVersion(), r.getNameKey());
    }

    Stage toStage(StageRecord r, List<String> checklist) {
        return new Stage(r.getId(), r.getPipelineId(), names.name(r.getNameKey(), r.getName()), r.getPosition(),
                StageKind.fromCode(r.getKind()), r.getIdleDays(), r.getArchived(), r.getVersion(), checklist,
                r.getNameKey());
    }
}
