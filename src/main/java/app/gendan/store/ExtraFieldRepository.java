package app.gendan.store;

import static app.gendan.store.generated.Tables.EXTRA_FIELD;

import app.gendan.domain.ExtraField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The extra fields of customers, orders and follow-ups (see V8__extra_fields.sql). */
public final class ExtraFieldRepository {
    /** Longest value kept in one row; a longer one is cut with a mark, as audit values are. */
    static final int MAX_VALUE = 4000;

    private final DSLContext dsl;

    ExtraFieldRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One extra field to write: its record, its place among the record's extra fields, header and value. */
    public record NewExtra(ExtraField.Owner owner, long ownerId, int position, String header, String value) {}

    /** Writes extra fields in bulk, with the import batch that brings them (null for none). */
    public void insert(List<NewExtra> rows, Long batchId, Long actor, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        BulkInsert.insert(dsl, EXTRA_FIELD, List.of(EXTRA_FIELD.ENTITY, EXTRA_FIELD.ENTITY_ID, EXTRA_FIELD.POSITION,
                        EXTRA_FIELD.HEADER, EXTRA_FIELD.FIELD_VALUE, EXTRA_FIELD.IMPORT_BATCH_ID, EXTRA_FIELD.CREATED_AT,
                        EXTRA_FIELD.CREATED_BY),
                rows, r -> new Object[] {r.owner().code(), r.ownerId(), r.position(), clip(r.header(), 200),
                        clip(r.value(), MAX_VALUE), batchId, now, actor});
    }

    /** The extra fields of one record, in the order of the columns they came from. */
    public List<ExtraField> of(ExtraField.Owner owner, long id) {
        return dsl.select(EXTRA_FIELD.HEADER, EXTRA_FIELD.FIELD_VALUE).from(EXTRA_FIELD)
                .where(EXTRA_FIELD.ENTITY.eq(owner.code()).and(EXTRA_FIELD.ENTITY_ID.eq(id)))
                .orderBy(EXTRA_FIELD.POSITION, EXTRA_FIELD.ID)
                .fetch(r -> new ExtraField(r.value1(), r.value2()));
    }

    /**
     * Every extra field of one kind of record, by record id, each in column order: for an export,
     * which adds a column per header. (A team's extra fields are a few per imported row.)
     */
    public Map<Long, List<ExtraField>> all(ExtraField.Owner owner) {
        Map<Long, List<ExtraField>> out = new LinkedHashMap<>();
        dsl.select(EXTRA_FIELD.ENTITY_ID, EXTRA_FIELD.HEADER, EXTRA_FIELD.FIELD_VALUE).from(EXTRA_FIELD)
                .where(EXTRA_FIELD.ENTITY.eq(owner.code()))
                .orderBy(EXTRA_FIELD.ENTITY_ID, EXTRA_FIELD.POSITION, EXTRA_FIELD.ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new ExtraField(r.value2(), r.value3())));
        return out;
    }

    /**
     * The extra fields some records have already, as {@code id + '\0' + header + '\0' + value}: an
     * import that meets those records again adds only values they do not hold yet.
     */
    public java.util.Set<String> keysOf(ExtraField.Owner owner, java.util.Collection<Long> ids) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (List<Long> chunk : ImportLookupRepository.chunks(ids)) {
            dsl.select(EXTRA_FIELD.ENTITY_ID, EXTRA_FIELD.HEADER, EXTRA_FIELD.FIELD_VALUE).from(EXTRA_FIELD)
                    .where(EXTRA_FIELD.ENTITY.eq(owner.code()).and(EXTRA_FIELD.ENTITY_ID.in(chunk)))
                    .forEach(r -> keys.add(key(r.value1(), r.value2(), r.value3())));
        }
        return keys;
    }

    /** How {@link #keysOf} names one extra field; values are compared as stored (clipped). */
    public static String key(long id, String header, String value) {
        return id + "\u0000" + clip(header, 200) + "\u0000" + clip(value, MAX_VALUE);
    }

    /** A search condition: the record whose id is {@code id} has an extra value containing {@code text}. */
    public static Condition hasValueLike(ExtraField.Owner owner, Field<Long> id, String text) {
        String like = "%" + text.toLowerCase(Locale.ROOT) + "%";
        return id.in(DSL.select(EXTRA_FIELD.ENTITY_ID).from(EXTRA_FIELD)
                .where(EXTRA_FIELD.ENTITY.eq(owner.code()).and(DSL.lower(EXTRA_FIELD.FIELD_VALUE).like(like))));
    }

    /** How many extra fields an import batch wrote (its manifest counts them). */
    public long countOfBatch(long batchId) {
        return dsl.fetchCount(EXTRA_FIELD, EXTRA_FIELD.IMPORT_BATCH_ID.eq(batchId));
    }

    /** Removes what an import batch wrote (its revert, or an import cut short). */
    public int deleteOfBatch(long batchId) {
        return dsl.deleteFrom(EXTRA_FIELD).where(EXTRA_FIELD.IMPORT_BATCH_ID.eq(batchId)).execute();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
