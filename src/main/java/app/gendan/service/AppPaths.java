package app.gendan.service;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Gendan keeps its files: the database, logs and backups. The system property
 * {@code gendan.home} or the environment variable GENDAN_HOME overrides the OS default
 * (~/.gendan on Linux, %APPDATA%\Gendan on Windows, ~/Library/Application Support/Gendan on macOS).
 */
public final class AppPaths {
    private AppPaths() {}

    public static Path home() {
        String prop = System.getProperty("gendan.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("GENDAN_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Gendan");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Gendan");
        }
        return userHome.resolve(".gendan");
    }

    public static Path defaultDatabase() { return home().resolve("gendan.mv.db"); }

    public static Path logs() { return home().resolve("logs"); }

    public static Path backups() { return home().resolve("backups"); }

    public static Path localSettings() { return home().resolve("settings.json"); }

    /** The OS login of whoever runs the app: the default Gendan user. */
    public static String osLogin() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "user" : name.trim();
    }
}
