package app.gendan.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings of this installation rather than of the team database: which database file to open
 * and the UI language. Kept as JSON in the data folder.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalSettings(String databasePath, String language) {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSettings.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static LocalSettings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new LocalSettings(null, null);
        }
        try {
            return JSON.readValue(file.toFile(), LocalSettings.class);
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable settings file {}", file, e);
            return new LocalSettings(null, null);
        }
    }

    /** Writes atomically so a crash never leaves half a file. */
    public void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public LocalSettings withDatabasePath(String path) { return new LocalSettings(path, language); }

    public LocalSettings withLanguage(String lang) { return new LocalSettings(databasePath, lang); }
}
