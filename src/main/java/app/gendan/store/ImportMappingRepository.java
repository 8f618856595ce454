package app.gendan.store;

import static app.gendan.store.generated.Tables.IMPORT_MAPPING;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Column mappings remembered per header signature, as JSON text. */
public final class ImportMappingRepository {
    private final DSLContext dsl;

    ImportMappingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> json(String headerSignature) {
        return dsl.select(IMPORT_MAPPING.MAPPING_JSON).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.HEADER_SIGNATURE.eq(headerSignature))
                .fetchOptional(IMPORT_MAPPING.MAPPING_JSON);
    }

    public void put(String headerSignature, String json, Instant now) {
        dsl.mergeInto(IMPORT_MAPPING).using(dsl.selectOne())
                .on(IMPORT_MAPPING.HEADER_SIGNATURE.eq(headerSignature))
                .whenMatchedThenUpdate().set(IMPORT_MAPPING.MAPPING_JSON, json).set(IMPORT_MAPPING.UPDATED_AT, now)
                .whenNotMatchedThenInsert(IMPORT_MAPPING.HEADER_SIGNATURE, IMPORT_MAPPING.MAPPING_JSON, IMPORT_MAPPING.UPDATED_AT)
                .values(headerSignature, json, now)
                .execute();
    }

    public void delete(String headerSignature) {
        dsl.deleteFrom(IMPORT_MAPPING).where(IMPORT_MAPPING.HEADER_SIGNATURE.eq(headerSignature)).execute();
    }
}
