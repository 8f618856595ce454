package app.gendan;

import app.gendan.cli.GendanCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The training run the build makes Gendan's class-data archive (an AOT cache, {@code gendan.aot})
 * with, once, when it packages the app: {@code java -XX:AOTCacheOutput=gendan.aot -cp gendan.jar
 * app.gendan.AotTraining WORK FILE...}. It runs the commands a user runs most (importing each
 * tracker given, into a database in WORK, as a dry run, for real and again; due items and an export)
 * and loads, without initialising them, the classes of the desktop app and of its UI libraries,
 * which a build machine without a display cannot start. The JVM then keeps all those classes, parsed
 * and linked, with the profiles of the methods the commands ran, in the archive. The gendan scripts
 * use the archive only with the very JVM that wrote it; nothing writes it when the app quits.
 */
public final class AotTraining {
    private AotTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: AotTraining WORK_FOLDER [TRACKER_FILE...]");
            System.exit(2);
        }
        Path work = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(work);
        System.setProperty("gendan.home", work.resolve("home").toString());
        System.setProperty("gendan.logdir", work.resolve("home").resolve("logs").toString());
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        String db = work.resolve("training.mv.db").toString();
        int failed = 0;
        for (int i = 1; i < args.length; i++) {
            String file = args[i];
            failed += run(quiet, "import", file, "--db", db, "--dry-run") > 1 ? 1 : 0;
            failed += run(quiet, "import", file, "--db", db) > 1 ? 1 : 0;
            failed += run(quiet, "import", file, "--db", db, "--json") > 1 ? 1 : 0;
        }
        failed += run(quiet, "due", "--db", db, "--json") > 1 ? 1 : 0;
        failed += run(quiet, "export", "orders", work.resolve("orders.xlsx").toString(), "--db", db) > 1 ? 1 : 0;
        run(quiet, "--help");
        int loaded = loadDesktopClasses();
        System.out.println("Gendan AOT training: " + (args.length - 1) + " trackers imported, " + loaded
                + " desktop classes loaded" + (failed > 0 ? ", " + failed + " commands failed" : ""));
        System.exit(0);
    }

    private static int run(PrintWriter out, String... args) {
        return GendanCommand.run(out, out, args);
    }

    /** Classes of the jars the desktop app starts with: Gendan's own, JavaFX's, and its UI libraries'. */
    private static final String[] DESKTOP_JARS_OF = {
        "app.gendan.Main",
        "javafx.beans.Observable",
        "javafx.scene.Node",
        "javafx.scene.control.Control",
        "org.controlsfx.control.Notifications",
        "atlantafx.base.theme.PrimerLight",
        "org.kordamp.ikonli.javafx.FontIcon",
        "org.kordamp.ikonli.materialdesign2.MaterialDesignA",
    };

    /** Package prefixes of classes a desktop start never loads (other platforms, printing, media, web). */
    private static final String[] NEVER_ON_DESKTOP = {
        "com/sun/glass/ui/mac/", "com/sun/glass/ui/win/", "com/sun/glass/ui/ios/", "com/sun/glass/ui/android/",
        "com/sun/glass/ui/monocle/", "com/sun/prism/d3d/", "com/sun/prism/es2/MacGL", "com/sun/prism/es2/WinGL",
        "com/sun/prism/es2/EGL", "com/sun/prism/es2/IOSGL", "com/sun/javafx/font/directwrite/", "com/sun/javafx/font/coretext/",
    };

    private static int loadDesktopClasses() {
        Set<Path> jars = new LinkedHashSet<>();
        ClassLoader loader = AotTraining.class.getClassLoader();
        for (String name : DESKTOP_JARS_OF) {
            try {
                CodeSource source = Class.forName(name, false, loader).getProtectionDomain().getCodeSource();
                if (source != null && source.getLocation() != null) {
                    jars.add(Path.of(source.getLocation().toURI()));
                }
            } catch (ClassNotFoundException | URISyntaxException | LinkageError | IllegalArgumentException e) {
                // a library left out of this build: nothing of it to load
            }
        }
        int loaded = 0;
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                continue;
            }
            for (String name : classNames(jar)) {
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that needs what this build does not have: not archived
                }
            }
        }
        return loaded;
    }

    private static List<String> classNames(Path jar) {
        List<String> names = new ArrayList<>();
        try (JarFile f = new JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(f.entries())) {
                String n = e.getName();
                if (!n.endsWith(".class") || n.startsWith("META-INF/") || n.endsWith("module-info.class")
                        || n.endsWith("package-info.class") || skipped(n)) {
                    continue;
                }
                names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
            }
        } catch (IOException e) {
            // an unreadable jar: nothing of it to load
        }
        return names;
    }

    private static boolean skipped(String entry) {
        for (String prefix : NEVER_ON_DESKTOP) {
            if (entry.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
