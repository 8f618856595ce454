package app.gendan.service.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The description stored beside the database in a backup archive ({@value #ENTRY}): where it
 * came from, when, by which Gendan and schema version, the rows of each table as they were
 * verified, and the SHA-256 of the database entry, so the archive can be checked without
 * opening the database.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupManifest(
        @JsonProperty("format") int format,
        @JsonProperty("kind") String kind,
        @JsonProperty("source") String source,
        @JsonProperty("taken_at") String takenAt,
        @JsonProperty("app_version") String appVersion,
        @JsonProperty("schema_version") int schemaVersion,
        @JsonProperty("database_entry") String databaseEntry,
        @JsonProperty("database_size") long databaseSize,
        @JsonProperty("database_sha256") String databaseSha256,
        @JsonProperty("verified") boolean verified,
        @JsonProperty("rows") Map<String, Long> rows) {

    public static final String ENTRY = "gendan-backup.json";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    static BackupManifest of(BackupKind kind, String source, Instant takenAt, String appVersion, int schemaVersion,
                             String databaseEntry, boolean verified, Map<String, Long> rows) {
        return new BackupManifest(FORMAT, kind.code(), source, takenAt.toString(), appVersion, schemaVersion, databaseEntry,
                0, null, verified, rows);
    }

    BackupManifest withDatabase(long size, String sha256) {
        return new BackupManifest(format, kind, source, takenAt, appVersion, schemaVersion, databaseEntry, size, sha256,
                verified, rows);
    }

    public BackupKind backupKind() { return BackupKind.of(kind); }

    public Instant takenAtInstant() { return Instant.parse(takenAt); }

    byte[] toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BackupManifest fromJson(byte[] json) throws IOException {
        BackupManifest m = JSON.readValue(json, BackupManifest.class);
        if (m.takenAt() == null || m.databaseEntry() == null) {
            throw new IOException("incomplete backup manifest");
        }
        m.takenAtInstant(); // fails on a malformed time
        return m;
    }
}
