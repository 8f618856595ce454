package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Stage;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage words land in the default stages whichever language the stages are read in, and in either language. */
class DefaultStageImportTest {
    @TempDir
    Path dir;

    @Test
    void anEnglishReaderOfAChineseFileImportsChineseAndEnglishStageWordsIntoTheDefaultStages() throws Exception {
        try (TestWorkspace zh = TestWorkspace.create(dir)) {
            // the team archived the last stage: the board no longer has the eight default stages in their places
            Stage afterSales = zh.stages().get(7);
            zh.ws.pipelines().archiveStage(afterSales.id(), afterSales.version(), true);
            zh.ws.useLanguage(Locale.ENGLISH); // an English colleague on the same file
            List<Stage> stages = zh.stages();
            assertThat(stages).extracting(Stage::name).startsWith("Needs confirmed", "Quotation", "Contract signed",
                    "Order placed");

            Path file = dir.resolve("tracker.csv");
            Files.writeString(file, """
                    订单号,客户,当前状态
                    A-1,北京博峰食品有限公司,下单
                    A-2,东莞明辉食品有限公司,Quotation
                    A-3,苏州华信自动化设备有限公司,已报价
                    A-4,上海华信有限公司,盖章中
                    """, java.nio.charset.StandardCharsets.UTF_8);
            // the wizard offers the stages under the names the user reads
            var request = ImportTrackersTest.request(zh, file)
                    .withStageOverrides(Map.of("盖章中", StageMatch.stage("Contract signed")));
            ImportSummary s = zh.ws.imports().run(request, ImportProgress.NONE, () -> false);
            assertThat(s.problems()).noneMatch(p -> p.messageKey().equals("imports.problem.noPipelineStage"));

            Map<String, Long> stageOf = new java.util.HashMap<>();
            zh.ws.board().load(zh.pipeline.id()).cards().forEach(card -> stageOf.put(card.orderNo(), card.stageId()));
            assertThat(stageOf).containsEntry("A-1", stages.get(3).id()).containsEntry("A-2", stages.get(1).id())
                    .containsEntry("A-3", stages.get(1).id()).containsEntry("A-4", stages.get(2).id());
        }
    }
}
