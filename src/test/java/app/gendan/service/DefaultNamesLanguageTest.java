package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Pipeline;
import app.gendan.domain.Role;
import app.gendan.domain.Stage;
import app.gendan.domain.StageKind;
import app.gendan.domain.i18n.Messages;
import app.gendan.domain.report.FunnelStage;
import app.gendan.store.DatabaseUrl;
import app.gendan.testing.MutableClock;
import app.gendan.testing.TestWorkspace;
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

/** Default pipeline and stage names read in each colleague's language until the team renames them. */
class DefaultNamesLanguageTest {
    private static final List<String> ZH = List.of("需求确认", "报价", "合同签订", "下单", "生产/采购", "发货/开票", "回款", "售后");
    private static final List<String> EN = List.of("Needs confirmed", "Quotation", "Contract signed", "Order placed",
            "Production / purchasing", "Shipped / invoiced", "Payment", "After-sales");

    @TempDir
    Path dir;

    private static Workspace open(Path file, Locale language) {
        Workspace ws = Workspace.open(file, MutableClock.at("2026-11-20T06:03:00Z"));
        ws.useLanguage(language);
        String login = language.getLanguage().equals("zh") ? "wangwu" : "john";
        ws.users().signIn(login).orElseGet(() -> ws.users().register(login, login, Role.REP));
        ws.pipelines().ensureDefault(new Messages(language));
        return ws;
    }

    private static List<String> openStageNames(Workspace ws) {
        return ws.pipelines().openStages(ws.pipelines().defaultPipeline().id()).stream().map(Stage::name).toList();
    }

    @Test
    void aSharedFileReadsInEachColleaguesLanguageAndARenameReadsTheSameForBoth() {
        Path file = dir.resolve("shared.mv.db");
        try (Workspace zh = open(file, Locale.SIMPLIFIED_CHINESE); Workspace en = open(file, Locale.ENGLISH)) {
            assertThat(openStageNames(zh)).isEqualTo(ZH);
            assertThat(openStageNames(en)).isEqualTo(EN);
            assertThat(zh.pipelines().defaultPipeline().name()).isEqualTo("标准跟单流程");
            assertThat(en.pipelines().defaultPipeline().name()).isEqualTo("Standard follow-up");
            long pipeline = en.pipelines().defaultPipeline().id();
            List<Stage> enStages = en.pipelines().stages(pipeline);
            assertThat(enStages).filteredOn(s -> s.kind() == StageKind.WON).extracting(Stage::name).containsExactly("Won");
            assertThat(zh.pipelines().stages(pipeline)).filteredOn(s -> s.kind() == StageKind.LOST)
                    .extracting(Stage::name).containsExactly("丢单");
            assertThat(enStages.get(1).checklist()).containsExactly("Quotation sent", "Price approved internally",
                    "Customer received the quotation");
            assertThat(zh.pipelines().stages(pipeline).get(1).checklist()).first().isEqualTo("报价单已发出");

            // the English colleague changes only the idle days: the name given back as read keeps its key
            Stage quote = enStages.get(1);
            en.pipelines().updateStage(quote.id(), quote.version(), "Quotation", 12);
            assertThat(openStageNames(zh).get(1)).isEqualTo("报价");

            // a rename is the team's own name, for everyone
            quote = en.pipelines().stages(pipeline).get(1);
            en.pipelines().updateStage(quote.id(), quote.version(), "Offer", 12);
            assertThat(openStageNames(zh).get(1)).isEqualTo("Offer");
            assertThat(openStageNames(en).get(1)).isEqualTo("Offer");
            assertThat(openStageNames(zh).get(0)).isEqualTo("需求确认");
            en.pipelines().renamePipeline(pipeline, en.pipelines().defaultPipeline().version(), "Export line");
            assertThat(zh.pipelines().defaultPipeline().name()).isEqualTo("Export line");

            // editing one checklist line keeps the other lines translated
            Stage needs = zh.pipelines().stages(pipeline).get(0);
            List<String> items = new java.util.ArrayList<>(needs.checklist());
            items.set(2, "预算已批");
            zh.pipelines().setChecklist(needs.id(), items);
            assertThat(en.pipelines().stages(pipeline).get(0).checklist())
                    .containsExactly("Decision maker identified", "Requirements and quantities confirmed", "预算已批");
        }
    }

    @Test
    void reorderingAndArchivingKeepTheTranslationAndReportsAndOrdersSeeIt() {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            var c = t.customer("上海华信");
            t.order("阀门", c, "1000");
            List<Long> ids = new java.util.ArrayList<>(t.stages().stream().map(Stage::id).toList());
            java.util.Collections.reverse(ids);
            t.ws.pipelines().reorderStages(t.pipeline.id(), ids);
            Stage last = t.stages().get(0);
            t.ws.pipelines().archiveStage(last.id(), last.version(), true);
            t.ws.useLanguage(Locale.ENGLISH);
            assertThat(openStageNames(t.ws)).containsExactly("Payment", "Shipped / invoiced", "Production / purchasing",
                    "Order placed", "Contract signed", "Quotation", "Needs confirmed");
            assertThat(t.ws.reports().funnel()).extracting(FunnelStage::stageName).contains("Needs confirmed");
            assertThat(t.ws.reports().funnel()).extracting(FunnelStage::pipelineName).containsOnly("Standard follow-up");
            t.ws.useLanguage(Locale.SIMPLIFIED_CHINESE);
            assertThat(t.ws.reports().funnel()).extracting(FunnelStage::stageName).contains("需求确认");
        }
    }

    @Test
    void aNewPipelineTakesTheTranslatedWonAndLostStages() {
        Path file = dir.resolve("shared.mv.db");
        try (Workspace zh = open(file, Locale.SIMPLIFIED_CHINESE); Workspace en = open(file, Locale.ENGLISH)) {
            Pipeline second = zh.pipelines().addPipeline("项目型");
            assertThat(en.pipelines().stages(second.id())).extracting(Stage::name).containsExactly("项目型", "Won", "Lost");
        }
    }

    @Test
    void aDatabaseMadeBeforeGetsTheKeysOfNamesStillAsTheDefaultsAre() throws Exception {
        Path file = dir.resolve("old.mv.db");
        String url = "jdbc:h2:file:" + DatabaseUrl.base(file);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO pipeline (id, name, position, is_default, created_at, updated_at)"
                        + " VALUES (1, '标准跟单流程', 0, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                st.execute("INSERT INTO pipeline (id, name, position, is_default, created_at, updated_at)"
                        + " VALUES (2, '项目型', 1, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO stage (id, pipeline_id, name, position, kind,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                for (int i = 0; i < ZH.size(); i++) {
                    // the team renamed the first stage before this version
                    stage(ps, i + 1, 1, i == 0 ? "初步沟通" : ZH.get(i), i, "open");
                }
                stage(ps, 9, 1, "赢单", 100, "won");
                stage(ps, 10, 1, "丢单", 101, "lost");
                stage(ps, 11, 2, "报价", 0, "open"); // another pipeline's stage of the same words: its own
                stage(ps, 12, 2, "赢单", 100, "won");
            }
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO stage_checklist_item (stage_id, position, text) VALUES"
                        + " (2, 0, '报价单已发出'), (2, 1, '报价要盖章'), (2, 2, '客户已确认收到报价')");
            }
        }
        try (Workspace en = open(file, Locale.ENGLISH)) {
            assertThat(openStageNames(en)).containsExactly("初步沟通", "Quotation", "Contract signed", "Order placed",
                    "Production / purchasing", "Shipped / invoiced", "Payment", "After-sales");
            assertThat(en.pipelines().defaultPipeline().name()).isEqualTo("Standard follow-up");
            List<Stage> all = en.pipelines().stages(1);
            assertThat(all).filteredOn(s -> !s.isOpen()).extracting(Stage::name).containsExactly("Won", "Lost");
            assertThat(all.get(1).checklist()).containsExactly("Quotation sent", "报价要盖章",
                    "Customer received the quotation");
            assertThat(en.pipelines().stages(2)).extracting(Stage::name).containsExactly("报价", "Won");
        }
    }

    private static void stage(PreparedStatement ps, long id, long pipeline, String name, int position, String kind)
            throws Exception {
        ps.setLong(1, id);
        ps.setLong(2, pipeline);
        ps.setString(3, name);
        ps.setInt(4, position);
        ps.setString(5, kind);
        ps.executeUpdate();
    }
}
