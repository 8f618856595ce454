package app.gendan.service;

import app.gendan.store.Writes;
import app.gendan.service.backup.BackupService;
import app.gendan.service.export.ExportService;
import app.gendan.service.imports.ImportService;
import app.gendan.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * An open Gendan database with the services over it: what the UI and the CLI hold on to.
 * The clock is injected so tests can move time.
 */
public final class Workspace implements AutoCloseable {
    private final Database db;
    private final Clock clock;
    private final UserService users;
    private final SettingsService settings;
    private final PipelineService pipelines;
    private final CustomerService customers;
    private final OrderService orders;
    private final BoardService board;
    private final SearchService search;
    private final HistoryService history;
    private final DemoDataService demo;
    private final FollowUpService followUps;
    private final DueService due;
    private final AlertService alerts;
    private final ReminderService reminders;
    private final MilestoneService milestones;
    private final ReportService reports;
    private final ExportService exports;
    private final ImportService imports;
    private final BackupService backups;

    private Workspace(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        // The actor of every write is whoever is signed in at that moment.
        Writes writes = new Writes(db, clock, this::currentUser);
        this.users = new UserService(db, writes);
        this.settings = new SettingsService(db, writes);
        this.pipelines = new PipelineService(db, writes);
        this.customers = new CustomerService(db, writes);
        this.orders = new OrderService(db, writes, settings);
        this.board = new BoardService(db);
        this.search = new SearchService(db);
        this.history = new HistoryService(db, clock.getZone());
        this.demo = new DemoDataService(this, db);
        this.followUps = new FollowUpService(db, writes, clock.getZone());
        this.due = new DueService(db, clock);
        this.alerts = new AlertService(db, clock);
        this.reminders = new ReminderService(db, writes, clock, alerts);
        this.milestones = new MilestoneService(db, writes);
        this.reports = new ReportService(db, clock);
        this.exports = new ExportService(db, reports, clock.getZone());
        this.imports = new ImportService(db, writes, clock, settings, this::currentUser);
        this.backups = new BackupService(db, clock);
    }

    private app.gendan.domain.User currentUser() {
        return users == null ? null : users.current();
    }

    /** An empty workspace in memory that disappears on close (a dry run without a database file). */
    public static Workspace inMemory(Clock clock) {
        return new Workspace(Database.inMemory(), clock);
    }

    /** Whether a database file exists at {@code dbFile} (as {@link #open} would name it). */
    public static boolean exists(Path dbFile) {
        return java.nio.file.Files.isRegularFile(app.gendan.store.DatabaseUrl.normalise(dbFile));
    }

    /** Opens (creating and migrating) the database file; throws GendanException with a clear key on failure. */
    public static Workspace open(Path dbFile, Clock clock) {
        return new Workspace(Database.openFile(dbFile), clock);
    }

    public String databaseDescription() { return db.description(); }

    /**
     * The user's language: from now on the default pipeline's names (标准跟单流程, its stages and
     * checklists) are read in it, wherever they are shown, until the team renames them. Until this
     * is called they read as they were written.
     */
    public void useLanguage(java.util.Locale locale) {
        db.showNamesIn(app.gendan.domain.i18n.DefaultNames.in(locale));
    }

    /** The language set by {@link #useLanguage}, null when names read as written. */
    public java.util.Locale language() {
        return db.names().locale();
    }

    /** The database file in use, empty for a database in memory. */
    public java.util.Optional<Path> databaseFile() { return db.file(); }

    /** The file Gendan keeps a database in when asked for {@code requested} (".mv.db" added, a folder's gendan.mv.db). */
    public static Path fileFor(Path requested) {
        return app.gendan.store.DatabaseUrl.normalise(requested);
    }

    public Clock clock() { return clock; }

    public ZoneId zone() { return clock.getZone(); }

    public UserService users() { return users; }

    public SettingsService settings() { return settings; }

    public PipelineService pipelines() { return pipelines; }

    public CustomerService customers() { return customers; }

    public OrderService orders() { return orders; }

    public BoardService board() { return board; }

    public SearchService search() { return search; }

    public HistoryService history() { return history; }

    public DemoDataService demo() { return demo; }

    public FollowUpService followUps() { return followUps; }

    public DueService due() { return due; }

    public AlertService alerts() { return alerts; }

    public ReminderService reminders() { return reminders; }

    public MilestoneService milestones() { return milestones; }

    public ReportService reports() { return reports; }

    public ExportService exports() { return exports; }
    /** Importing trackers: inspect, preview, run, list and revert batches, saved column mappings. */
    public ImportService imports() { return imports; }

    /** Backups of this database: taken online, verified, rotated in a folder. */
    public BackupService backups() { return backups; }

    /** The newest change-feed id: poll it to learn that another process changed something. */
    public long latestChange() {
        return db.read(s -> s.changeFeed().latest());
    }

    /** How many change-feed rows {@link #changesAfter} reads at most. */
    public static final int CHANGES_PER_READ = app.gendan.store.Database.CHANGES_PER_READ;

    /** What was committed after change {@code id}, oldest first (at most {@link #CHANGES_PER_READ}), own writes marked. */
    public java.util.List<app.gendan.domain.Change> changesAfter(long id) {
        return db.changesAfter(id);
    }

    /** The computer serving the database, in words. */
    public app.gendan.domain.i18n.MessageRef server() {
        return db.server();
    }

    /** Tells {@code l} each change in how the database answers (null: fine again), on a background thread. */
    public void onLinkChange(java.util.function.Consumer<app.gendan.domain.DatabaseTrouble> l) {
        db.onLinkChange(l);
    }

    /** How many reads and transactions this workspace has run so far (for measuring what a refresh costs). */
    public long databaseCalls() { return db.calls(); }

    /** Whether this app serves the database file to the team. */
    public boolean servesFile() {
        return db.servesFile();
    }

    @Override
    public void close() {
        db.close();
    }
}
