package app.gendan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options file the gendan scripts, {@code mvn javafx:run} and the benchmarks start the app
 * with: a JVM refuses to start on an option it does not know, so a typo there would stop the app.
 */
class LauncherOptionsTest {
    private static final Path LAUNCHER = Path.of("src", "main", "launcher");

    @Test
    void theJvmStartsWithTheOptionsAndAppliesEachOfThem() throws Exception {
        Path options = LAUNCHER.resolve("gendan.jvmoptions").toAbsolutePath();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + options, "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        List<String> given = Files.readAllLines(options).stream().map(String::strip)
                .filter(l -> l.startsWith("-XX:")).toList();
        assertThat(given).isNotEmpty();
        for (String option : given) {
            String flag = option.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*$", "");
            assertThat(out.lines().filter(l -> l.matches("\\s*\\S+\\s+" + flag + "\\s+=.*")).findFirst())
                    .as(option).hasValueSatisfying(l -> assertThat(l).contains("{command line}"));
        }
        // the heap bound: 512 MB, so that a process stays within 768 MB resident
        assertThat(out.lines().filter(l -> l.matches("\\s*size_t\\s+MaxHeapSize\\s+=.*")).findFirst())
                .hasValueSatisfying(l -> assertThat(l).contains("536870912").contains("{command line}"));
    }

    /** The POSIX script, run with a stand-in {@code java} that prints the arguments it was given. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theShellScriptStartsTheJarWithTheOptionsAndWritesNoArchive(@TempDir Path dir) throws Exception {
        Path app = app(dir);
        Path jdk = fakeJdk(dir.resolve("jdk"), "21.0.5", "21.0.5+11-LTS");
        String here = app.toRealPath().toString();
        String options = "@" + here + "/gendan.jvmoptions";
        String jar = here + "/gendan.jar";
        assertThat(runScript(app, jdk, "--db", "/x/team").lines()).containsExactly(options, "-jar", jar, "--db", "/x/team");
        assertThat(runScript(app, jdk, "import", "a b.xlsx", "--json").lines())
                .containsExactly(options, "-jar", jar, "import", "a b.xlsx", "--json");
        assertThat(Files.readString(LAUNCHER.resolve("gendan"))).doesNotContain("AutoCreateSharedArchive")
                .doesNotContain("ArchiveClassesAtExit").doesNotContain("AOTCacheOutput");
    }

    /** The archive the build trained is used with the JVM that wrote it, and only with that one. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theShellScriptUsesTheArchiveOnlyWithTheJvmThatWroteIt(@TempDir Path dir) throws Exception {
        Path app = app(dir);
        Files.writeString(app.resolve("gendan.jar"), "jar");
        Files.writeString(app.resolve("gendan.aot"), "archive");
        Files.setLastModifiedTime(app.resolve("gendan.jar"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.writeString(app.resolve("gendan.aot.jvm"),
                "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\nOS_ARCH=\"x86_64\"\n");
        String here = app.toRealPath().toString();
        String options = "@" + here + "/gendan.jvmoptions";
        String jar = here + "/gendan.jar";
        Path same = fakeJdk(dir.resolve("same"), "25.0.3", "25.0.3+9-LTS");
        assertThat(runScript(app, same, "import", "a.xlsx").lines()).containsExactly(options,
                "-XX:AOTCache=" + here + "/gendan.aot", "-Xlog:aot=off", "-Xlog:cds=off", "-jar", jar, "import", "a.xlsx");
        assertThat(runScript(app, same).lines()).containsExactly(options,
                "-XX:AOTCache=" + here + "/gendan.aot", "-Xlog:aot=off", "-Xlog:cds=off", "-jar", jar);
        // another build of Java 25, or Java 21, which does not know the option: no archive
        Path other = fakeJdk(dir.resolve("other"), "25.0.4", "25.0.4+7-LTS");
        assertThat(runScript(app, other, "import", "a.xlsx").lines()).containsExactly(options, "-jar", jar, "import", "a.xlsx");
        Path older = fakeJdk(dir.resolve("older"), "21.0.5", "21.0.5+11-LTS");
        assertThat(runScript(app, older, "import", "a.xlsx").lines()).containsExactly(options, "-jar", jar, "import", "a.xlsx");
        // a jar built after the archive: not started with the archive of the old one
        Files.setLastModifiedTime(app.resolve("gendan.jar"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(runScript(app, same, "import", "a.xlsx").lines()).containsExactly(options, "-jar", jar, "import", "a.xlsx");
    }

    /** Java 17 (or 8) says so in one sentence and exits non-zero, before the JVM could refuse an option or a class. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theShellScriptRefusesAJavaOlderThan21InOneSentence(@TempDir Path dir) throws Exception {
        Path app = app(dir);
        Path old = fakeJdk(dir.resolve("jdk17"), "17.0.15", "17.0.15+6");
        Result r = run(app, old, "import", "a.xlsx");
        assertThat(r.exit()).isNotZero();
        assertThat(r.out().lines().toList()).hasSize(1);
        assertThat(r.out()).contains("Gendan needs Java 21 or newer").contains("17.0.15").contains("JAVA_HOME")
                .doesNotContain("Unrecognized").doesNotContain("UnsupportedClassVersionError");
        // no release file: the version comes from java -version (Java 8 says "1.8.0_392")
        Path bin = Files.createDirectories(dir.resolve("jdk8/bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho 'openjdk version \"1.8.0_392\"' >&2\n");
        bin.resolve("java").toFile().setExecutable(true);
        Result eight = run(app, dir.resolve("jdk8"), "--db", "x");
        assertThat(eight.exit()).isNotZero();
        assertThat(eight.out()).contains("Gendan needs Java 21 or newer").contains("1.8.0_392");
        // no java at all
        Result none = run(app, dir.resolve("nowhere"), "--help");
        assertThat(none.exit()).isNotZero();
        assertThat(none.out()).contains("Gendan needs Java 21 or newer");
    }

    private static Path app(Path dir) throws IOException {
        Path app = Files.createDirectories(dir.resolve("app folder"));
        Files.copy(LAUNCHER.resolve("gendan"), app.resolve("gendan"));
        return app;
    }

    /** A JDK folder whose java prints its arguments, one a line, with the release file of a real one. */
    private static Path fakeJdk(Path home, String version, String runtimeVersion) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        bin.resolve("java").toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nIMPLEMENTOR_VERSION=\"Temurin-"
                + runtimeVersion + "\"\nJAVA_RUNTIME_VERSION=\"" + runtimeVersion + "\"\nJAVA_VERSION=\"" + version
                + "\"\nOS_ARCH=\"x86_64\"\nOS_NAME=\"Linux\"\n");
        return home;
    }

    private record Result(int exit, String out) {}

    private static String runScript(Path app, Path javaHome, String... args) throws Exception {
        Result r = run(app, javaHome, args);
        assertThat(r.exit()).as(r.out()).isZero();
        return r.out();
    }

    private static Result run(Path app, Path javaHome, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", app.resolve("gendan").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        // only the tools the script uses on the PATH, so the machine's own java is not found there
        pb.environment().put("PATH", shellTools(app.getParent()).toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    /** A folder with links to the commands the script runs, and no java. */
    private static Path shellTools(Path dir) throws IOException {
        Path tools = dir.resolve("tools");
        if (Files.isDirectory(tools)) {
            return tools;
        }
        Files.createDirectories(tools);
        for (String tool : List.of("sh", "sed", "head", "readlink", "dirname", "grep", "cat")) {
            for (String folder : List.of("/usr/bin", "/bin")) {
                Path real = Path.of(folder, tool);
                if (Files.isExecutable(real)) {
                    Files.createSymbolicLink(tools.resolve(tool), real);
                    break;
                }
            }
        }
        return tools;
    }

    /**
     * A JAVA_HOME (or PATH java) older than 21 is passed over for the JDK the build ran on, which the
     * build names in gendan.jdk: a developer whose default java is 17 starts what Maven built on 25.
     */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theShellScriptFallsBackToTheJdkTheBuildRanOn(@TempDir Path dir) throws Exception {
        Path app = app(dir);
        Path old = fakeJdk(dir.resolve("jdk17"), "17.0.15", "17.0.15+6");
        Path built = fakeJdk(dir.resolve("jdk25"), "25.0.3", "25.0.3+9-LTS");
        Files.writeString(app.resolve("gendan.jdk"), built + "\n");
        String here = app.toRealPath().toString();
        assertThat(runScript(app, old, "--version").lines())
                .containsExactly("@" + here + "/gendan.jvmoptions", "-jar", here + "/gendan.jar", "--version");
        // a gendan.jdk naming a JDK that has since been removed: the one sentence again
        Files.writeString(app.resolve("gendan.jdk"), dir.resolve("removed") + "\n");
        Result r = run(app, old, "--version");
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).contains("Gendan needs Java 21 or newer").contains("17.0.15");
    }

    @Test
    void bothScriptsPassTheOptionsFileToJava() throws IOException {
        assertThat(Files.readString(LAUNCHER.resolve("gendan"))).contains("@\"$here/gendan.jvmoptions\"");
        assertThat(Files.readString(LAUNCHER.resolve("gendan.cmd"))).contains("@\"%HERE%gendan.jvmoptions\"");
        assertThat(Files.isExecutable(LAUNCHER.resolve("gendan"))).isTrue();
        // the Windows script checks the version too, and uses the archive only with the JVM that wrote it
        assertThat(Files.readString(LAUNCHER.resolve("gendan.cmd"))).contains("Gendan needs Java 21 or newer")
                .contains("gendan.aot.jvm").doesNotContain("AutoCreateSharedArchive");
    }
}
