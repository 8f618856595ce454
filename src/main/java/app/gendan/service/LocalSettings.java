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
 * Settings of this installation rather than of the team database: which database file to open,
 * the UI language and where backups go. Kept as JSON in the data folder.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalSettings(String databasePath, String language, String backupFolder) {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSettings.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Settings without a chosen backup folder. */
    public LocalSettings(String databasePath, String language) {
        this(databasePath, language, null);
    }

    public static LocalSettings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new LocalSettings(null, null, null);
        }
        try {
            return JSON.readValue(file.toFile(), LocalSettings.class);
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable settings file {}", file, e);
            return new LocalSettings(null, null, null);
        }
    }

    /** Writes atomically so a crash never leaves half a file. */
    public void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public LocalSettings withDatabasePath(String path) { return new LocalSettings(path, language, backupFolder); }

    public LocalSettings withLanguage(String lang) { return new LocalSettings(databasePath, lang, backupFolder); }

    public LocalSettings withBackupFolder(String folder) { return new LocalSettings(databasePath, language, folder); }

    /** Where backups go: the chosen folder, else {@code backups} in the data folder. */
    public Path backups() {
        return backupFolder == null || backupFolder.isBlank() ? AppPaths.backups() : Path.of(backupFolder);
    }
}
