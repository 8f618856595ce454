package app.gendan.ui.start;

import app.gendan.domain.GendanException;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.AppPaths;
import app.gendan.service.ChangeWatcher;
import app.gendan.service.LocalSettings;
import app.gendan.service.Workspace;
import app.gendan.service.backup.RestoreCheck;
import app.gendan.service.backup.RestoreService;
import app.gendan.ui.AppContext;
import app.gendan.ui.ErrorDialogs;
import app.gendan.ui.FxTasks;
import app.gendan.ui.MainView;
import app.gendan.ui.Widgets;
import app.gendan.ui.backup.AutoBackups;
import app.gendan.ui.backup.BusyScreen;
import app.gendan.ui.board.BoardStart;
import app.gendan.ui.notify.Reminders;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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
    private final AutoBackups autoBackups = new AutoBackups(settingsFile);
    private Messages messages;
    private Workspace workspace;
    private ChangeWatcher watcher;
    private Reminders reminders;
    private MainView main;

    public Startup(Stage stage, Path dbOverride) {
        this.stage = stage;
        this.dbOverride = dbOverride;
    }

    /** What the early thread opened, and for which file and language. */
    private record Early(Path db, Locale locale, Opened opened) {}

    private static volatile CompletableFuture<Early> early;

    /**
     * Starts opening the database (and loading the first board) on a background thread before
     * the JavaFX toolkit starts, so loading H2, jOOQ and the data overlaps with the toolkit's own
     * start-up instead of following it.
     */
    public static void prepare(Path dbOverride) {
        CompletableFuture<Early> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                LocalSettings local = LocalSettings.load(AppPaths.localSettings());
                Locale locale = languageOf(local);
                Path db = databaseOf(dbOverride, local);
                future.complete(new Early(db, locale, openAndSignIn(db, AppPaths.osLogin(), new Messages(locale))));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "gendan-early-open");
        t.setDaemon(true);
        t.start();
        early = future;
    }

    private static Path databaseOf(Path dbOverride, LocalSettings local) {
        return dbOverride != null ? dbOverride
                : local.databasePath() != null && !local.databasePath().isBlank() ? Path.of(local.databasePath())
                : AppPaths.defaultDatabase();
    }

    public void begin() {
        LocalSettings local = LocalSettings.load(settingsFile);
        messages = new Messages(languageOf(local));
        Path db = databaseOf(dbOverride, local);
        CompletableFuture<Early> started = early;
        early = null;
        if (started == null) {
            open(db); // opens while the window is being built
        } else {
            started.whenComplete((e, error) -> Platform.runLater(() -> {
                if (error != null) {
                    failedToOpen(error instanceof java.util.concurrent.CompletionException c ? c.getCause() : error);
                } else if (e.db().equals(db) && e.locale().equals(messages.locale())) {
                    opened(e.opened());
                } else {
                    e.opened().workspace().close();
                    open(db);
                }
            }));
        }
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
        return app.gendan.domain.i18n.Languages.ofSystem();
    }

    /** An open workspace, whether the OS user is registered, and (if so) the first board. */
    private record Opened(Workspace workspace, boolean signedIn, BoardStart board) {}

    /** Opens the database, signs in and makes sure a pipeline exists, all in one background task. */
    private void open(Path db) {
        String login = AppPaths.osLogin();
        Messages m = messages;
        tasks.run(() -> openAndSignIn(db, login, m), this::opened, this::failedToOpen);
    }

    private static Opened openAndSignIn(Path db, String login, Messages m) {
        Workspace ws = Workspace.open(db, Clock.systemDefaultZone());
        ws.useLanguage(m.locale());
        try {
            if (ws.users().signIn(login).isEmpty()) {
                return new Opened(ws, false, null);
            }
            ws.pipelines().ensureDefault(m);
            return new Opened(ws, true, BoardStart.load(ws));
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    private void opened(Opened opened) {
        workspace = opened.workspace();
        if (opened.signedIn()) {
            showMain(messages, opened.board());
        } else {
            firstRun(AppPaths.osLogin());
        }
    }

    private void failedToOpen(Throwable e) {
        String text = e instanceof GendanException g ? messages.of(g) : new ErrorDialogs(messages).text(e);
        new DatabaseErrorDialog(messages).ask(text, stage).ifPresentOrElse(other -> {
            remember(other);
            open(other);
        }, Platform::exit);
    }

    private void remember(Path db) {
        try {
            LocalSettings.load(settingsFile).withDatabasePath(db.toAbsolutePath().toString()).save(settingsFile);
        } catch (IOException e) {
            LOG.warn("Could not remember database {}", db, e);
        }
    }

    private void firstRun(String login) {
        new FirstRunDialog(messages).ask(login).ifPresentOrElse(a -> {
            boolean switched = chooseLanguage(a.language());
            // settings.json is written off the UI thread, with the registration
            tasks.run(() -> {
                        if (switched) {
                            rememberLanguage(settingsFile, a.language());
                        }
                        return workspace.users().register(login, a.displayName(), a.role());
                    },
                    u -> preparePipeline(), e -> {
                        new ErrorDialogs(messages).show(e);
                        firstRun(login);
                    });
        }, Platform::exit);
    }

    /**
     * The first-start dialog's language, spoken from now on; true when it is not what the OS gave
     * (and so is to be remembered).
     */
    private boolean chooseLanguage(Locale chosen) {
        if (chosen == null || chosen.equals(messages.locale())) {
            return false;
        }
        messages = new Messages(chosen);
        workspace.useLanguage(messages.locale());
        stage.setTitle(messages.get("app.title"));
        return true;
    }

    /** Keeps {@code chosen} in the local settings, as Settings → Language does. */
    static void rememberLanguage(Path settingsFile, Locale chosen) {
        try {
            LocalSettings.load(settingsFile).withLanguage(app.gendan.domain.i18n.Languages.code(chosen)).save(settingsFile);
        } catch (IOException e) {
            LOG.warn("Could not remember the language {}", chosen, e);
        }
    }

    private void preparePipeline() {
        tasks.run(() -> workspace.pipelines().ensureDefault(messages), p -> showMain(messages, null), this::fatal);
    }

    private void showMain(Messages m, BoardStart prefetched) {
        AppContext ctx = new AppContext(workspace, m, tasks, settingsFile);
        ctx.setLanguageSwitcher(locale -> {
            messages = new Messages(locale);
            showMain(messages, null);
        });
        ctx.setDatabaseSwitcher(this::switchDatabase);
        ctx.setDatabaseRestorer(this::restoreAndReopen);
        if (main != null) {
            main.close();
        }
        main = new MainView(ctx);
        stage.setTitle(m.get("app.title") + " — " + workspace.databaseDescription());
        stage.getScene().setRoot(main.root());
        if (probe) {
            main.board().onFirstData(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("GENDAN_BOARD_READY " + ms + " " + peakRssMb());
                System.out.flush();
                Platform.exit();
            });
        } else {
            main.board().onFirstData(() -> autoBackups.afterStart(workspace));
        }
        if (prefetched != null) {
            main.start(prefetched);
        } else {
            main.start();
        }
        watchChanges();
        startReminders(ctx);
        if (!probe) {
            // an import or revert a crash left half-done is finished (or removed) before anyone works on it
            Workspace ws = workspace;
            tasks.run(ws.imports()::repairUnfinished, n -> {
                if (n > 0) {
                    main.dataChanged("import");
                }
            }, e -> LOG.warn("Could not finish unfinished imports", e));
        }
    }

    /** The process's peak resident memory in MB as the OS counts it (Linux), -1 elsewhere: for the start-up probe. */
    private static long peakRssMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    /** Reminders for the signed-in user; after a language switch they follow the rebuilt window. */
    private void startReminders(AppContext ctx) {
        if (probe) {
            return;
        }
        if (reminders == null) {
            reminders = Reminders.create(ctx, main, stage).start();
        } else {
            reminders.attach(ctx, main);
        }
        main.onDataChanged(reminders::wake);
    }

    /** Colleagues on a shared file: reload what is shown when anyone commits a change. */
    private void watchChanges() {
        if (watcher != null || probe) {
            return;
        }
        tasks.run(() -> new ChangeWatcher(workspace, changes -> Platform.runLater(() -> main.colleaguesChanged(changes)))
                .onStatus(s -> Platform.runLater(() -> main.showLink(s)))
                .start(Duration.ofSeconds(3)), w -> watcher = w, e -> LOG.warn("Change watcher not started", e));
    }

    /**
     * Settings opened or created another database: open it in the background; only when that
     * worked, stop watching the current one, remember the new one and show it. On failure the
     * current database stays open and shown, with the reason in words.
     */
    private void switchDatabase(Path db) {
        String login = AppPaths.osLogin();
        Messages m = messages;
        tasks.run(() -> openAndSignIn(db, login, m), opened -> {
            Workspace old = workspace;
            stopWatching();
            remember(db);
            opened(opened);
            if (old != null) {
                tasks.run(() -> {
                    old.close();
                    return old;
                }, c -> { }, e -> LOG.warn("Closing the previous database failed", e));
            }
        }, e -> new ErrorDialogs(messages).show(e));
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        if (reminders != null) {
            reminders.close();
            reminders = null;
        }
    }

    private void fatal(Throwable e) {
        new ErrorDialogs(messages).show(e);
        Platform.exit();
    }

    /** Settings → Restore: closes the database, restores the checked backup over it and opens it again. */
    private void restoreAndReopen(RestoreCheck check) {
        Workspace closing = workspace;
        Path db = closing.databaseFile().orElse(null);
        if (db == null) {
            check.close();
            new ErrorDialogs(messages).show(new GendanException("backup.error.notAFile", closing.databaseDescription()));
            return;
        }
        Path folder = LocalSettings.load(settingsFile).backups();
        workspace = null;
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        if (reminders != null) {
            reminders.close();
            reminders = null;
        }
        main.close();
        main = null;
        stage.getScene().setRoot(BusyScreen.of(messages.get("restore.running", db)));
        tasks.run(() -> {
            autoBackups.awaitIdle();
            closing.close();
            try (check) {
                return new RestoreService(Clock.systemDefaultZone()).restore(check, db, folder);
            }
        }, r -> {
            open(db);
            new ErrorDialogs(messages).info(messages.get("restore.title"), messages.get("restore.done", r.keptAs() == null
                    ? messages.get("restore.nothingKept") : r.keptAs()));
        }, e -> {
            open(db);
            new ErrorDialogs(messages).show(e);
        });
    }

    /** Closes the database when the window closes. */
    public void stop() {
        tasks.close();
        if (watcher != null) {
            watcher.close();
        }
        if (reminders != null) {
            reminders.close();
        }
        if (main != null) {
            main.close();
        }
        if (workspace != null) {
            if (!probe) {
                autoBackups.beforeClose(workspace);
            }
            workspace.close();
        }
        autoBackups.close();
    }
}
