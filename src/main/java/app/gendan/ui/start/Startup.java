package app.gendan.ui.start;

import app.gendan.domain.GendanException;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.AppPaths;
import app.gendan.service.ChangeWatcher;
import app.gendan.service.LocalSettings;
import app.gendan.service.Workspace;
import app.gendan.ui.AppContext;
import app.gendan.ui.ErrorDialogs;
import app.gendan.ui.FxTasks;
import app.gendan.ui.MainView;
import app.gendan.ui.Widgets;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up: pick the language and database, open it in the background, sign in (or ask who
 * you are on first start), make sure a pipeline exists, then show the board.
 */
public final class Startup {
    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    private final Stage stage;
    private final Path dbOverride;
    private final Path settingsFile = AppPaths.localSettings();
    private final FxTasks tasks = new FxTasks();
    private final boolean probe = Boolean.getBoolean("gendan.startupProbe");
    private Messages messages;
    private Workspace workspace;
    private ChangeWatcher watcher;
    private MainView main;

    public Startup(Stage stage, Path dbOverride) {
        this.stage = stage;
        this.dbOverride = dbOverride;
    }

    public void begin() {
        LocalSettings local = LocalSettings.load(settingsFile);
        messages = new Messages(languageOf(local));
        Path db = dbOverride != null ? dbOverride
                : local.databasePath() != null && !local.databasePath().isBlank() ? Path.of(local.databasePath())
                : AppPaths.defaultDatabase();
        // open the database while the window is being built
        open(db);
        stage.setTitle(messages.get("app.title"));
        ProgressIndicator spinner = new ProgressIndicator();
        Label label = new Label(messages.get("startup.opening", db));
        label.setWrapText(true);
        VBox box = new VBox(16, spinner, label);
        box.setAlignment(Pos.CENTER);
        Scene scene = new Scene(box, 1280, 800);
        scene.getStylesheets().add(Widgets.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    static Locale languageOf(LocalSettings local) {
        if (local.language() != null && !local.language().isBlank()) {
            return local.language().startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
        return Messages.supported(Locale.getDefault());
    }

    private record Opened(Workspace workspace, boolean signedIn) {}

    /** Opens the database, signs in and makes sure a pipeline exists, all in one background task. */
    private void open(Path db) {
        String login = AppPaths.osLogin();
        Messages m = messages;
        tasks.run(() -> {
            Workspace ws = Workspace.open(db, Clock.systemDefaultZone());
            try {
                boolean signedIn = ws.users().signIn(login).isPresent();
                if (signedIn) {
                    ws.pipelines().ensureDefault(m);
                }
                return new Opened(ws, signedIn);
            } catch (RuntimeException e) {
                ws.close();
                throw e;
            }
        }, opened -> {
            workspace = opened.workspace();
            if (opened.signedIn()) {
                showMain(messages);
            } else {
                firstRun(login);
            }
        }, e -> {
            String text = e instanceof GendanException g ? messages.of(g) : new ErrorDialogs(messages).text(e);
            new DatabaseErrorDialog(messages).ask(text, stage).ifPresentOrElse(other -> {
                remember(other);
                open(other);
            }, Platform::exit);
        });
    }

    private void remember(Path db) {
        try {
            LocalSettings.load(settingsFile).withDatabasePath(db.toAbsolutePath().toString()).save(settingsFile);
        } catch (IOException e) {
            LOG.warn("Could not remember database {}", db, e);
        }
    }

    private void firstRun(String login) {
        new FirstRunDialog(messages).ask(login).ifPresentOrElse(a -> tasks.run(
                () -> workspace.users().register(login, a.displayName(), a.role()),
                u -> preparePipeline(), e -> {
                    new ErrorDialogs(messages).show(e);
                    firstRun(login);
                }), Platform::exit);
    }

    private void preparePipeline() {
        tasks.run(() -> workspace.pipelines().ensureDefault(messages), p -> showMain(messages), this::fatal);
    }

    private void showMain(Messages m) {
        AppContext ctx = new AppContext(workspace, m, tasks, settingsFile);
        ctx.setLanguageSwitcher(locale -> {
            messages = new Messages(locale);
            showMain(messages);
        });
        main = new MainView(ctx);
        stage.setTitle(m.get("app.title") + " — " + workspace.databaseDescription());
        stage.getScene().setRoot(main.root());
        if (probe) {
            main.board().onFirstData(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("GENDAN_BOARD_READY " + ms);
                System.out.flush();
                Platform.exit();
            });
        }
        main.start();
        watchChanges();
    }

    /** Colleagues on a shared file: reload what is shown when anyone commits a change. */
    private void watchChanges() {
        if (watcher != null || probe) {
            return;
        }
        tasks.run(() -> new ChangeWatcher(workspace, id -> Platform.runLater(() -> main.dataChanged()))
                .start(Duration.ofSeconds(5)), w -> watcher = w, e -> LOG.warn("Change watcher not started", e));
    }

    private void fatal(Throwable e) {
        new ErrorDialogs(messages).show(e);
        Platform.exit();
    }

    /** Closes the database when the window closes. */
    public void stop() {
        tasks.close();
        if (watcher != null) {
            watcher.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
