package app.gendan.team;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A colleague's Gendan as a real second JVM on this machine: started with the test class path,
 * its output collected line by line, and killed (-9), stopped (SIGSTOP, a closed laptop lid) and
 * continued as a test needs.
 */
public final class TeamProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private TeamProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.reader = new Thread(this::read, "output of " + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with {@code args}; its log goes to {@code logs}. */
    public static TeamProcess start(String name, Path logs, Class<?> main, String... args) throws IOException {
        return start(name, logs, List.of(), main, args);
    }

    /** As {@link #start(String, Path, Class, String...)}, with more options for the JVM. */
    public static TeamProcess start(String name, Path logs, List<String> jvm, Class<?> main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Duser.language=en", "-Dgendan.logdir=" + logs.resolve(name)));
        if (Boolean.getBoolean("gendan.h2.lazyCommits")) {
            // to see the durability tests fail without durable commits: mvn verify -Dgendan.h2.lazyCommits=true
            cmd.add("-Dgendan.h2.lazyCommits=true");
        }
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new TeamProcess(name, new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process was killed
        }
    }

    public String name() { return name; }

    public long pid() { return process.pid(); }

    /** Every line printed so far. */
    public List<String> lines() { return List.copyOf(lines); }

    /** The lines that start with {@code prefix}, without it. */
    public List<String> linesStartingWith(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    /** Waits until a line matches, or fails with everything printed. */
    public String await(Predicate<String> line, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            for (String l : lines) {
                if (line.test(l)) {
                    return l;
                }
            }
            if (!process.isAlive() && !reader.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(name + " did not print the expected line in " + timeout + "; it printed:\n"
                + String.join("\n", lines));
    }

    /** kill -9: the process gets no chance to close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(5000);
    }

    /**
     * SIGTERM: asked to stop, as a service manager or Ctrl+C does. Sent with kill(1), not
     * Process.destroy(), which also closes the pipes and so loses what the process says on its way out.
     */
    public void terminate() throws IOException, InterruptedException {
        signal("TERM");
    }

    /** SIGSTOP: frozen like a laptop whose lid was closed. */
    public void stop() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT: the lid is open again. */
    public void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String sig) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(process.pid())).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("kill -" + sig + " " + process.pid() + " failed");
        }
    }

    /** Waits for a normal end; false when it did not end in time. */
    public boolean waitFor(Duration timeout) throws InterruptedException {
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        reader.join(5000);
        return ended;
    }

    public int exitValue() { return process.exitValue(); }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            try {
                resume();
            } catch (IOException e) {
                // already gone
            }
            kill();
        }
    }
}
