package app.gendan.cli;

import app.gendan.service.AppPaths;
import app.gendan.service.LocalSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command takes; without it, the app's own database. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "PATH",
            descriptionKey = "db")
    Path db;

    Path resolve() {
        if (db != null) {
            return db;
        }
        String chosen = LocalSettings.load(AppPaths.localSettings()).databasePath();
        return chosen != null ? Path.of(chosen) : AppPaths.defaultDatabase();
    }
}
