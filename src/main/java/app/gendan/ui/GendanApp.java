package app.gendan.ui;

import app.gendan.ui.start.Startup;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: AtlantaFX Primer Light theme, start-up flow, then the main window. */
public final class GendanApp extends Application {
    private static volatile Path dbOverride;
    private Startup startup;

    /** Starts the UI; {@code dbOverrideOrNull} replaces the configured database file for this run. */
    public static void launchApp(Path dbOverrideOrNull) {
        dbOverride = dbOverrideOrNull;
        Startup.prepare(dbOverrideOrNull);
        Application.launch(GendanApp.class);
    }

    @Override
    public void start(Stage stage) {
        app.gendan.ui.Theme.apply();
        startup = new Startup(stage, dbOverride);
        startup.begin();
    }

    @Override
    public void stop() {
        if (startup != null) {
            startup.stop();
        }
    }
}
