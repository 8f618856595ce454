package app.gendan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * The JVM options the app is started with ({@code target/gendan.jvmoptions}, packaged from
 * {@code src/main/launcher}), as a {@code java} argument file: the benchmarks' child JVMs start
 * with them, as the gendan scripts and {@code mvn javafx:run} do.
 */
final class AppJvmOptions {
    private AppJvmOptions() {}

    static String argFile() {
        Path file = Path.of("target", "gendan.jvmoptions").toAbsolutePath();
        assertThat(file).as("run the benchmarks with mvn -Pbench verify, after packaging").exists();
        return "@" + file;
    }
}
