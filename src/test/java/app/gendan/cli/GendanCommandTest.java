package app.gendan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GendanCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private int run(String... args) {
        return GendanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Gendan ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo").contains("Usage: gendan");
    }

    @Test
    void demoLoadsIntoAnEmptyDatabaseAndRefusesASecondTime() {
        Path db = dir.resolve("demo.mv.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("12 customers, 43 orders");

        assertThat(run("demo", "--db", db.toString())).isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("only be loaded into an empty database");
    }

    @Test
    void aBrokenDatabaseFileGivesAClearMessageNotAStackTrace() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.mv.db"), "not a database");
        assertThat(run("demo", "--db", junk.toString())).isEqualTo(GendanCommand.EXIT_REJECTED);
        assertThat(err.toString()).contains("is not a Gendan database").doesNotContain("Exception");
    }

    @Test
    void unknownOptionsAreRejected() {
        assertThat(run("demo", "--frobnicate")).isNotZero();
        assertThat(err.toString()).contains("Unknown option");
    }
}
