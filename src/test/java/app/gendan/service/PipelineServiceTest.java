package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import app.gendan.domain.Pipeline;
import app.gendan.domain.Stage;
import app.gendan.domain.StageKind;
import app.gendan.testing.MutableClock;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineServiceTest {
    @TempDir
    Path dir;

    @Test
    void defaultPipelineHasTheEightStagesAndClosedOutcomesOnce() {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            t.ws.pipelines().ensureDefault(t.messages);
            assertThat(t.ws.pipelines().pipelines()).extracting(Pipeline::name).containsExactly("标准跟单流程");
            assertThat(t.stages()).extracting(Stage::name)
                    .containsExactly("需求确认", "报价", "合同签订", "下单", "生产/采购", "发货/开票", "回款", "售后");
            assertThat(t.ws.pipelines().stages(t.pipeline.id())).extracting(Stage::kind)
                    .containsOnlyOnce(StageKind.WON, StageKind.LOST);
            assertThat(t.stages().get(0).idleDays()).isEqualTo(7);
        }
    }

    @Test
    void englishUsersGetEnglishStageNames() {
        TestWorkspace t = TestWorkspace.create(dir, MutableClock.at("2026-11-20T06:03:00Z"), Locale.ENGLISH);
        try (t.ws) {
            assertThat(t.stages().get(1).name()).isEqualTo("Quotation");
        }
    }

    @Test
    void stagesCanBeRenamedReorderedAddedAndArchived() {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            Stage first = t.stages().get(0);
            t.ws.pipelines().updateStage(first.id(), first.version(), "初步沟通", 3);
            Stage added = t.ws.pipelines().addStage(t.pipeline.id(), "样品测试", 20);
            t.ws.pipelines().setChecklist(added.id(), List.of("样品已寄出", " ", "测试报告已收到"));

            List<Long> order = new ArrayList<>(t.stages().stream().map(Stage::id).toList());
            order.remove(added.id());
            order.add(1, added.id());
            t.ws.pipelines().reorderStages(t.pipeline.id(), order);

            List<Stage> stages = t.stages();
            assertThat(stages.get(0).name()).isEqualTo("初步沟通");
            assertThat(stages.get(0).idleDays()).isEqualTo(3);
            assertThat(stages.get(1).name()).isEqualTo("样品测试");
            assertThat(stages.get(1).checklist()).containsExactly("样品已寄出", "测试报告已收到");

            Stage sample = stages.get(1);
            t.ws.pipelines().archiveStage(sample.id(), sample.version(), true);
            assertThat(t.stages()).extracting(Stage::name).doesNotContain("样品测试");
        }
    }

    @Test
    void aStageHoldingOpenOrdersCannotBeArchived() {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            t.order("主轴", t.customer("华信"), "100");
            Stage first = t.stages().get(0);
            assertThatThrownBy(() -> t.ws.pipelines().archiveStage(first.id(), first.version(), true))
                    .isInstanceOfSatisfying(GendanException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.stage.notEmpty"));
            assertThat(t.stages()).contains(first);
        }
    }

    @Test
    void aNewPipelineHasItsOwnBoard() {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            Pipeline project = t.ws.pipelines().addPipeline("项目型销售");
            assertThat(t.ws.pipelines().openStages(project.id())).hasSize(1);
            assertThat(t.ws.pipelines().defaultPipeline().id()).isEqualTo(t.pipeline.id());
        }
    }
}
