package app.gendan.store;

import static app.gendan.store.generated.Tables.PIPELINE;
import static app.gendan.store.generated.Tables.STAGE;
import static app.gendan.store.generated.Tables.STAGE_CHECKLIST_ITEM;

import app.gendan.domain.Pipeline;
import app.gendan.domain.Stage;
import app.gendan.domain.StageKind;
import app.gendan.store.generated.tables.records.PipelineRecord;
import app.gendan.store.generated.tables.records.StageRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

public final class PipelineRepository {
    private final DSLContext dsl;

    PipelineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Pipeline> all() {
        return dsl.selectFrom(PIPELINE).orderBy(PIPELINE.POSITION, PIPELINE.ID).fetch(PipelineRepository::toPipeline);
    }

    public Optional<Pipeline> byId(long id) {
        return dsl.selectFrom(PIPELINE).where(PIPELINE.ID.eq(id)).fetchOptional(PipelineRepository::toPipeline);
    }

    public long insertPipeline(String name, int position, boolean isDefault, Long actor, Instant now) {
        return dsl.insertInto(PIPELINE)
                .set(PIPELINE.NAME, name).set(PIPELINE.POSITION, position).set(PIPELINE.IS_DEFAULT, isDefault)
                .set(PIPELINE.CREATED_AT, now).set(PIPELINE.CREATED_BY, actor)
                .set(PIPELINE.UPDATED_AT, now).set(PIPELINE.UPDATED_BY, actor)
                .returning(PIPELINE.ID).fetchOne().getId();
    }

    public boolean updatePipeline(long id, int expectedVersion, String name, boolean archived, Long actor, Instant now) {
        return dsl.update(PIPELINE)
                .set(PIPELINE.NAME, name).set(PIPELINE.ARCHIVED, archived)
                .set(PIPELINE.VERSION, PIPELINE.VERSION.plus(1))
                .set(PIPELINE.UPDATED_AT, now).set(PIPELINE.UPDATED_BY, actor)
                .where(PIPELINE.ID.eq(id).and(PIPELINE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Stages of a pipeline in board order, archived ones included, each with its SOP template. */
    public List<Stage> stages(long pipelineId) {
        Map<Long, List<String>> checklists = dsl.select(STAGE_CHECKLIST_ITEM.STAGE_ID, STAGE_CHECKLIST_ITEM.TEXT)
                .from(STAGE_CHECKLIST_ITEM).join(STAGE).on(STAGE.ID.eq(STAGE_CHECKLIST_ITEM.STAGE_ID))
                .where(STAGE.PIPELINE_ID.eq(pipelineId))
                .orderBy(STAGE_CHECKLIST_ITEM.POSITION)
                .fetchGroups(STAGE_CHECKLIST_ITEM.STAGE_ID, STAGE_CHECKLIST_ITEM.TEXT);
        return dsl.selectFrom(STAGE).where(STAGE.PIPELINE_ID.eq(pipelineId))
                .orderBy(STAGE.POSITION, STAGE.ID)
                .fetch(r -> toStage(r, checklists.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Stage> stage(long stageId) {
        return dsl.selectFrom(STAGE).where(STAGE.ID.eq(stageId)).fetchOptional()
                .map(r -> toStage(r, dsl.select(STAGE_CHECKLIST_ITEM.TEXT).from(STAGE_CHECKLIST_ITEM)
                        .where(STAGE_CHECKLIST_ITEM.STAGE_ID.eq(stageId)).orderBy(STAGE_CHECKLIST_ITEM.POSITION)
                        .fetch(STAGE_CHECKLIST_ITEM.TEXT)));
    }

    public long insertStage(long pipelineId, String name, int position, StageKind kind, Integer idleDays,
                            Long actor, Instant now) {
        return dsl.insertInto(STAGE)
                .set(STAGE.PIPELINE_ID, pipelineId).set(STAGE.NAME, name).set(STAGE.POSITION, position)
                .set(STAGE.KIND, kind.code()).set(STAGE.IDLE_DAYS, idleDays)
                .set(STAGE.CREATED_AT, now).set(STAGE.CREATED_BY, actor)
                .set(STAGE.UPDATED_AT, now).set(STAGE.UPDATED_BY, actor)
                .returning(STAGE.ID).fetchOne().getId();
    }

    public boolean updateStage(long stageId, int expectedVersion, String name, int position, Integer idleDays,
                               boolean archived, Long actor, Instant now) {
        return dsl.update(STAGE)
                .set(STAGE.NAME, name).set(STAGE.POSITION, position).set(STAGE.IDLE_DAYS, idleDays)
                .set(STAGE.ARCHIVED, archived)
                .set(STAGE.VERSION, STAGE.VERSION.plus(1))
                .set(STAGE.UPDATED_AT, now).set(STAGE.UPDATED_BY, actor)
                .where(STAGE.ID.eq(stageId).and(STAGE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    public void replaceChecklist(long stageId, List<String> items) {
        dsl.deleteFrom(STAGE_CHECKLIST_ITEM).where(STAGE_CHECKLIST_ITEM.STAGE_ID.eq(stageId)).execute();
        int pos = 0;
        for (String text : items) {
            dsl.insertInto(STAGE_CHECKLIST_ITEM)
                    .set(STAGE_CHECKLIST_ITEM.STAGE_ID, stageId)
                    .set(STAGE_CHECKLIST_ITEM.POSITION, pos++)
                    .set(STAGE_CHECKLIST_ITEM.TEXT, text)
                    .execute();
        }
    }

    static Pipeline toPipeline(PipelineRecord r) {
        return new Pipeline(r.getId(), r.getName(), r.getPosition(), r.getIsDefault(), r.getArchived(), r.getVersion());
    }

    static Stage toStage(StageRecord r, List<String> checklist) {
        return new Stage(r.getId(), r.getPipelineId(), r.getName(), r.getPosition(), StageKind.fromCode(r.getKind()),
                r.getIdleDays(), r.getArchived(), r.getVersion(), checklist);
    }
}
