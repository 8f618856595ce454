package app.gendan.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Stage;
import app.gendan.service.Workspace;
import app.gendan.store.DatabaseUrl;
import app.gendan.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file made by an older Gendan is migrated when it is opened; H2 commits each schema change on
 * its own, so a process killed during the migration leaves part of it done and no history row.
 * Whatever moment the kill lands, the next opening finishes the migration and reads the file.
 */
class KilledMigrationTest {
    private static final List<String> ZH = List.of("需求确认", "报价", "合同签订", "下单", "生产/采购", "发货/开票", "回款", "售后");
    private static final List<String> EN = List.of("Needs confirmed", "Quotation", "Contract signed", "Order placed",
            "Production / purchasing", "Shipped / invoiced", "Payment", "After-sales");

    @TempDir
    Path dir;

    /** A database as Gendan left it before schema version 9: the default pipeline, named in Chinese. */
    private Path oldFile(String name) throws Exception {
        Path file = dir.resolve(name + ".mv.db");
        String url = "jdbc:h2:file:" + DatabaseUrl.base(file);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement st = c.createStatement();
             PreparedStatement ps = c.prepareStatement("INSERT INTO stage (id, pipeline_id, name, position, kind,"
                     + " created_at, updated_at) VALUES (?, 1, ?, ?, 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            st.execute("INSERT INTO pipeline (id, name, position, is_default, created_at, updated_at)"
                    + " VALUES (1, '标准跟单流程', 0, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (int i = 0; i < ZH.size(); i++) {
                ps.setLong(1, i + 1);
                ps.setString(2, ZH.get(i));
                ps.setInt(3, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return file;
    }

    /** Opened in English after whatever happened: the default stages read in English, so the keys are there. */
    private static void opensMigrated(Path file) {
        try (Workspace ws = Workspace.open(file, MutableClock.at("2026-11-20T06:03:00Z"))) {
            ws.useLanguage(Locale.ENGLISH);
            assertThat(ws.pipelines().openStages(1).stream().map(Stage::name).toList()).as(file.toString()).isEqualTo(EN);
        }
    }

    @Test
    void aMigrationStoppedAfterItsFirstSchemaChangeIsFinishedByTheNextOpening() throws Exception {
        Path file = oldFile("half");
        // what a kill right after the first ALTER leaves: that column, committed, and no history row for 9
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + DatabaseUrl.base(file), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("ALTER TABLE pipeline ADD COLUMN name_key VARCHAR(100)");
        }
        opensMigrated(file);
    }

    @Test
    void aProcessKilledWhileItMigratesAnOldFileLeavesAFileTheNextOpeningReads() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Path template = oldFile("template");
        // kills spread over the second process's start, its migration and its command
        long[] killAfterMs = {150, 400, 650, 900, 1150, 1400, 1700, 2100};
        int killedBeforeTheEnd = 0;
        for (int i = 0; i < killAfterMs.length; i++) {
            Path file = dir.resolve("trial-" + i + ".mv.db");
            Files.copy(template, file);
            try (TeamProcess p = TeamProcess.start("opener-" + i, logs, CommandMain.class, "due", "--user", "all",
                    "--db", file.toString())) {
                Thread.sleep(killAfterMs[i]);
                if (p.linesStartingWith("EXIT").isEmpty()) {
                    killedBeforeTheEnd++;
                }
                p.kill();
            }
            opensMigrated(file);
        }
        // most kills must land before the command is done, or the test would prove nothing
        assertThat(killedBeforeTheEnd).isGreaterThanOrEqualTo(killAfterMs.length / 2);
    }
}
