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
