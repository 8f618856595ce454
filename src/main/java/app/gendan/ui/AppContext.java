package app.gendan.ui;

import app.gendan.domain.User;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import app.gendan.service.backup.RestoreCheck;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** What every screen needs: the open workspace, the user's language and formats, background work, dialogs. */
public final class AppContext {
    private final Workspace workspace;
    private final Messages messages;
    private final UiFormats formats;
    private final FxTasks tasks;
    private final ErrorDialogs errors;
    private final Path settingsFile;
    private final ObjectProperty<User> user;
    private Consumer<Locale> languageSwitcher = l -> { };
    private Consumer<Path> databaseSwitcher = p -> { };
    private Consumer<RestoreCheck> databaseRestorer;

    public AppContext(Workspace workspace, Messages messages, FxTasks tasks, Path settingsFile) {
        this(workspace, messages, tasks, settingsFile, new SimpleObjectProperty<>(workspace.users().current()));
    }

    private AppContext(Workspace workspace, Messages messages, FxTasks tasks, Path settingsFile, ObjectProperty<User> user) {
        this.workspace = workspace;
        this.messages = messages;
        this.formats = new UiFormats(messages.locale(), workspace.zone());
        this.tasks = tasks;
        this.errors = new ErrorDialogs(messages);
        this.settingsFile = settingsFile;
        this.user = user;
    }

    /** The same workspace and user in another language. */
    public AppContext withMessages(Messages other) {
        AppContext ctx = new AppContext(workspace, other, tasks, settingsFile, user);
        ctx.languageSwitcher = languageSwitcher;
        ctx.databaseSwitcher = databaseSwitcher;
        ctx.databaseRestorer = databaseRestorer;
        return ctx;
    }

    public Workspace workspace() { return workspace; }

    public Messages messages() { return messages; }

    public String text(String key, Object... args) { return messages.get(key, args); }

    public UiFormats formats() { return formats; }

    public FxTasks tasks() { return tasks; }

    public ErrorDialogs errors() { return errors; }

    /** Where this installation's LocalSettings live. */
    public Path settingsFile() { return settingsFile; }

    public ObjectProperty<User> userProperty() { return user; }

    public User user() { return user.get(); }

    public void setLanguageSwitcher(Consumer<Locale> switcher) { this.languageSwitcher = switcher; }

    public void setDatabaseSwitcher(Consumer<Path> switcher) { this.databaseSwitcher = switcher; }

    /**
     * Opens another database file (creating it when missing) and shows it; the current one stays
     * open and shown when the other cannot be opened (set by the application; a no-op in tests).
     */
    public void switchDatabase(Path file) { databaseSwitcher.accept(file); }

    /**
     * Speaks another language: the default pipeline's names are read in it from now on, and the
     * window is rebuilt in it (set by the application; a no-op in tests).
     */
    public void switchLanguage(Locale locale) {
        workspace.useLanguage(locale);
        languageSwitcher.accept(locale);
    }

    /**
     * Set by the application: closes this database, restores the checked backup over it (closing
     * the check) and opens it again.
     */
    public void setDatabaseRestorer(Consumer<RestoreCheck> restorer) { this.databaseRestorer = restorer; }

    /** Who can restore the open database; empty where nobody can close and reopen it (then the CLI restores). */
    public Optional<Consumer<RestoreCheck>> databaseRestorer() { return Optional.ofNullable(databaseRestorer); }
}
