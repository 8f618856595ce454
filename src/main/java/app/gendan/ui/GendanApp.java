package app.gendan.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** Desktop application entry (the board and its screens). */
public class GendanApp extends Application {
    private static Path dbOverride;

    public static void launchApp(Path dbOverrideOrNull) {
        dbOverride = dbOverrideOrNull;
        Application.launch(GendanApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Gendan " + (dbOverride == null ? "" : dbOverride));
        stage.show();
    }
}
