package app.gendan;

import app.gendan.cli.GendanCommand;
import app.gendan.service.AppPaths;
import app.gendan.ui.GendanApp;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Entry point of gendan.jar: no arguments (or only {@code --db PATH}) starts the desktop app,
 * anything else runs the command line. It is not the JavaFX Application class on purpose: a
 * plain main class lets the app start from a class-path jar.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (System.getProperty("gendan.logdir") == null) {
            System.setProperty("gendan.logdir", AppPaths.logs().toString());
        }
        Thread.setDefaultUncaughtExceptionHandler(Main::uncaught);
        if (args.length == 0) {
            GendanApp.launchApp(null);
        } else if (args.length == 2 && "--db".equals(args[0])) {
            GendanApp.launchApp(Path.of(args[1]));
        } else {
            // A command opens the database for one job and exits: H2 then closes the file without
            // compacting it first (up to its MAX_COMPACT_TIME, 200 ms by default, which took 1.5–2 s
            // after a 100,000-row import on 2 cores and left the file as large). Its writes are committed and
            // checkpointed before; the desktop app, open for hours, still compacts when it quits.
            if (System.getProperty("h2.maxCompactTime") == null) {
                System.setProperty("h2.maxCompactTime", "0");
            }
            System.exit(GendanCommand.run(args));
        }
    }

    /**
     * A background thread that dies of an OutOfMemoryError while a file too big is being refused
     * says nothing on the terminal (the command says it in words); anything else is logged.
     */
    private static void uncaught(Thread t, Throwable e) {
        try {
            if (e instanceof OutOfMemoryError) {
                app.gendan.domain.MemoryReserve.release();
                org.slf4j.LoggerFactory.getLogger(Main.class).warn("Thread {} ran out of memory", t.getName());
            } else {
                org.slf4j.LoggerFactory.getLogger(Main.class).error("Uncaught in thread {}", t.getName(), e);
                System.err.println("Exception in thread \"" + t.getName() + "\" " + e);
            }
        } catch (Throwable ignored) {
            // nothing more can be done for a dying thread
        }
    }
}
