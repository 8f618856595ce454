package app.gendan.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A second JVM started with the tests' class path, whose output lines the test reads as they come. */
public final class Processes implements AutoCloseable {
    private final Process process;
    public final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private Processes(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    public static Processes start(Path logs, Class<?> main, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dgendan.logdir=" + logs, main.getName()));
        cmd.addAll(List.of(args));
        return new Processes(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    public long count(Predicate<String> line) {
        return lines.stream().filter(line).count();
    }

    /** Waits until a line matching {@code line} has come {@code times} times; fails after {@code seconds}. */
    public void await(Predicate<String> line, long times, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (count(line) < times) {
            if (System.nanoTime() > until || !process.isAlive() && count(line) < times) {
                throw new AssertionError("waited " + seconds + " s for " + times + " lines; the process said: " + lines);
            }
            Thread.sleep(20);
        }
    }

    /** Closes the process's stdin (its signal to stop) and waits for it to end. */
    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the second process did not stop: " + lines);
        }
        reader.join(5_000);
    }
}
