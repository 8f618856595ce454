package app.gendan.service.imports;

import app.gendan.domain.GendanException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON form of a {@link ColumnMapping}, as stored in {@code import_mapping.mapping_json}. */
public final class MappingJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private MappingJson() {}

    public static String write(ColumnMapping mapping) {
        try {
            return JSON.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapping always serialises", e);
        }
    }

    /** Reads a saved mapping; a damaged or outdated one fails with {@code imports.error.savedMapping}. */
    public static ColumnMapping read(String json) {
        try {
            ColumnMapping m = JSON.readValue(json, ColumnMapping.class);
            if (m == null || m.columns() == null) {
                throw new GendanException("imports.error.savedMapping");
            }
            return m;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new GendanException(e, "imports.error.savedMapping");
        }
    }
}
