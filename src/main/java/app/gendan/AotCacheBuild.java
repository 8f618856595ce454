package app.gendan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code mvn package} runs, on the JDK the build selected (a toolchain, so not always the JVM
 * that runs Maven), to leave beside {@code target/gendan.jar}:
 * <ul>
 *   <li>{@code gendan.jdk}: the home of that JDK, which the {@code gendan} script falls back to when
 *       neither {@code JAVA_HOME} nor the {@code java} on the PATH is 21 or newer, so a developer whose
 *       default Java is older can start what they just built;</li>
 *   <li>{@code gendan.aot}: the class-data archive (AOT cache), written by a training run of the
 *       packaged jar ({@link AotTraining}) in a child JVM with {@code -XX:AOTCacheOutput}, when this
 *       JDK is 25 or newer and the archive is not skipped ({@code -Dgendan.aot.skip=true});</li>
 *   <li>{@code gendan.aot.jvm}: the lines of that JDK's {@code release} file that name it, written
 *       only once the archive is, since the scripts use an archive only with the very JVM that wrote it.</li>
 * </ul>
 * Usage: {@code AotCacheBuild TARGET_DIR SKIP(true|false) [TRACKER_FILE...]}.
 */
public final class AotCacheBuild {
    private static final int FIRST_JAVA_WITH_AOT_CACHE_OUTPUT = 25;

    private AotCacheBuild() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: AotCacheBuild TARGET_DIR SKIP(true|false) [TRACKER_FILE...]");
            System.exit(2);
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        boolean skip = Boolean.parseBoolean(args[1]);
        Path javaHome = Path.of(System.getProperty("java.home"));
        Files.writeString(target.resolve("gendan.jdk"), javaHome + "\n", StandardCharsets.UTF_8);

        Path archive = target.resolve("gendan.aot");
        Path archiveJvm = target.resolve("gendan.aot.jvm");
        Files.deleteIfExists(archive);
        Files.deleteIfExists(archiveJvm);
        if (skip) {
            System.out.println("Gendan AOT cache: skipped (-Dgendan.aot.skip=true)");
            return;
        }
        if (Runtime.version().feature() < FIRST_JAVA_WITH_AOT_CACHE_OUTPUT) {
            System.out.println("Gendan AOT cache: not written (Java " + Runtime.version().feature()
                    + "; the archive needs Java " + FIRST_JAVA_WITH_AOT_CACHE_OUTPUT + " or newer)");
            return;
        }
        Path work = target.resolve("aot-training");
        deleteTree(work);
        List<String> command = new ArrayList<>(List.of(
                javaHome.resolve("bin").resolve("java").toString(),
                "@" + target.resolve("gendan.jvmoptions"),
                "-XX:AOTCacheOutput=" + archive,
                "-Xlog:aot=error", "-Xlog:cds=off",
                "-cp", target.resolve("gendan.jar").toString(),
                AotTraining.class.getName(), work.toString()));
        command.addAll(List.of(args).subList(2, args.length));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        deleteTree(work);
        if (exit != 0 || !Files.isRegularFile(archive)) {
            // the app starts without an archive, only a little slower: a failed training is not a failed build
            System.out.println("Gendan AOT cache: the training run failed (exit " + exit + "); no archive written");
            Files.deleteIfExists(archive);
            return;
        }
        List<String> naming;
        try (Stream<String> lines = Files.lines(javaHome.resolve("release"), StandardCharsets.UTF_8)) {
            naming = lines.filter(l -> l.matches("^(IMPLEMENTOR|JAVA_RUNTIME_VERSION|OS_ARCH)=.*")).toList();
        }
        Files.write(archiveJvm, naming, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
