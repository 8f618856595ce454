package app.gendan.cli;

import app.gendan.AppVersion;
import app.gendan.domain.GendanException;
import app.gendan.domain.i18n.Messages;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "gendan", mixinStandardHelpOptions = true, versionProvider = GendanCommand.Version.class,
        subcommands = {DemoCommand.class, DueCommand.class, ImportCommand.class, ExportCommand.class, HostCommand.class,
                BackupCommand.class, BackupsCommand.class, RestoreCommand.class})
public final class GendanCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(GendanCommand.class);

    /** Exit code for unreadable or rejected input, a database that cannot be opened, and other refusals. */
    public static final int EXIT_REJECTED = 2;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        java.nio.charset.Charset cs = consoleCharset();
        return run(new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new GendanCommand());
        cl.setResourceBundle(usageHelp(CliContext.messages().locale()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Messages m = CliContext.messages();
            if (ex instanceof GendanException ge) {
                LOG.info("Command refused: {}", ge.getMessage());
                err.println(m.get("cli.error", m.of(ge)));
            } else {
                LOG.error("Command failed", ex);
                err.println(m.get("cli.error", m.get("error.generic",
                        app.gendan.service.AppPaths.logs().resolve("gendan.log"))));
            }
            err.flush();
            return EXIT_REJECTED;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // past what the import refuses in words (a command's own work ran out): still a sentence, never a trace
            app.gendan.domain.MemoryReserve.release();
            Messages m = CliContext.messages();
            err.println(m.get("cli.error", m.get("error.outOfMemory", app.gendan.domain.MemoryReserve.boundMb())));
            err.flush();
            return EXIT_REJECTED;
        }
    }

    /** Where the usage help of every command is written, in zh_CN and en (i18n/cli). */
    static final String USAGE_BUNDLE = "i18n/cli";

    /** The usage help texts in {@code locale}: the commands' descriptions, their options and the headings. */
    static java.util.ResourceBundle usageHelp(java.util.Locale locale) {
        return java.util.ResourceBundle.getBundle(USAGE_BUNDLE, Messages.supported(locale),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The terminal's charset, except that a bare ASCII (C/POSIX) locale gets UTF-8 so Chinese survives pipes. */
    private static java.nio.charset.Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding", java.nio.charset.Charset.defaultCharset().name());
        try {
            java.nio.charset.Charset cs = java.nio.charset.Charset.forName(name);
            return cs.equals(java.nio.charset.StandardCharsets.US_ASCII) ? java.nio.charset.StandardCharsets.UTF_8 : cs;
        } catch (IllegalArgumentException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Gendan " + AppVersion.get()};
        }
    }
}
