package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.ProblemGroup;
import app.gendan.service.imports.values.ParsedRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** Correcting the column mapping and the meaning of status words, and the preview following suit. */
class ImportMappingTest extends ImportUiTestBase {

    private Path csv(String name, String... lines) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private void toPreview(Path file) {
        openWizard();
        chooseFile(file);
        waitForStep("wizard.step.sheets");
        next();
        waitForStep("wizard.step.mapping");
        next();
        waitForStep("wizard.step.preview");
    }

    private void chooseField(String comboId, String fieldKey) {
        clickOn(comboId);
        clickOn(messages.get(fieldKey));
        waitUntil(() -> comboText(comboId).equals(messages.get(fieldKey)));
    }

    @Test
    void correctingOneColumnChangesThePreview() {
        toPreview(tracker("订单跟踪-GBK.csv"));
        assertThat(text("#preview-customersCreated")).isEqualTo("45");
        assertThat(text("#preview-ordersCreated")).isEqualTo("320");

        back();
        waitForStep("wizard.step.mapping");
        chooseField("#map-0-1", "imports.field.ignored");
        next();
        waitForStep("wizard.step.preview");

        assertThat(text("#preview-customersCreated")).isEqualTo("0");
        assertThat(text("#preview-ordersCreated")).isEqualTo("0");
        assertThat(text("#preview-rows")).isEqualTo("320 rows read, 320 skipped");
        TableView<ProblemGroup> problems = await("#previewProblems");
        // 320 rows with the same problem: one line, with its count and first rows
        assertThat(fx(() -> problems.getItems().stream().filter(p -> p.messageKey().equals("imports.problem.noCustomer")).toList()))
                .singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(320));
        assertThat(fx(() -> problems.getItems().get(0).first().get(0).row())).isEqualTo(2);
        // the rows, count and message as the user reads them
        assertThat(fx(() -> problems.getColumns().get(1).getCellData(0))).isEqualTo("2, 3, 4, 5, 6, …");
        assertThat(fx(() -> problems.getColumns().get(2).getCellData(0))).isEqualTo(320);
        assertThat(fx(() -> problems.getColumns().get(5).getCellData(0))).isEqualTo(messages.get("imports.problem.noCustomer"));
        assertThat(ws.customers().list(null, 10)).isEmpty();
    }

    @Test
    void withoutACustomerOrOrderColumnTheWizardSaysWhatIsMissing() throws IOException {
        Path file = csv("minimal.csv", "客户名称,联系人", "北京博峰食品有限公司,高明");
        openWizard();
        chooseFile(file);
        waitForStep("wizard.step.sheets");
        next();
        waitForStep("wizard.step.mapping");
        chooseField("#map-0-0", "imports.field.ignored");

        String expected = messages.get("imports.error.noIdentity", "minimal");
        waitUntil(() -> showing("#mappingWarning-0") && peek("#mappingWarning-0").equals(expected));
        assertThat(lookup("#wizardNext").queryAs(Button.class).isDisabled()).isTrue();
        chooseField("#map-0-0", "imports.field.customerName");
        waitUntil(() -> !lookup("#wizardNext").queryAs(Button.class).isDisabled());
    }

    @Test
    void aCorrectedMappingIsUsedAgainForAFileWithTheSameHeaders() throws IOException {
        Path first = csv("march.csv", "客户名称,联系人,备注", "北京博峰食品有限公司,高明,老客户");
        toPreview(first);
        back();
        waitForStep("wizard.step.mapping");
        chooseField("#map-0-2", "imports.field.ignored");
        next();
        waitForStep("wizard.step.preview");
        next();
        waitForStep("wizard.step.summary");
        clickOn("#wizardNext");

        Path second = csv("april.csv", "客户名称,联系人,备注", "东莞明辉食品有限公司,陈杰,新客户");
        openWizard();
        chooseFile(second);
        waitForStep("wizard.step.sheets");
        next();
        waitForStep("wizard.step.mapping");
        assertThat(comboText("#map-0-2")).isEqualTo(messages.get("imports.field.ignored"));
        assertThat(comboText("#map-0-1")).isEqualTo(messages.get("imports.field.contactName"));
        assertThat(showing("#mappingSaved-0")).isTrue();
    }

    @Test
    void unknownStatusWordsAreListedAndCanBeGivenAStage() throws IOException {
        Path file = csv("status.csv", "客户名称,订单号,金额,状态",
                "北京博峰食品有限公司,X-1,100,蓝灯", "东莞明辉食品有限公司,X-2,200,蓝灯", "苏州华信自动化设备有限公司,X-3,300,已报价");
        toPreview(file);
        assertThat(comboText("#stageWord-0")).isEqualTo(messages.get("wizard.stageWords.unmapped"));
        assertThat(fx(() -> lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> messages.get("wizard.stageWords.word", "蓝灯", 2).equals(l.getText())))).isTrue();
        TableView<ProblemGroup> problems = await("#previewProblems");
        assertThat(fx(() -> problems.getItems().stream().anyMatch(p -> p.messageKey().equals("imports.problem.unknownStage"))))
                .isTrue();

        clickOn("#stageWord-0");
        clickOn(stages.get(2).name());
        waitUntil(() -> problems.getItems().stream().noneMatch(p -> p.messageKey().equals("imports.problem.unknownStage")));
        TableView<ParsedRow> rows = await("#previewRows-0");
        waitUntil(() -> rows.getItems().size() == 3);
        assertThat(fx(() -> rows.getItems().get(0).stage(app.gendan.service.imports.ImportField.STAGE).stageName()))
                .isEqualTo(stages.get(2).name());

        next();
        waitForStep("wizard.step.summary");
        clickOn("#wizardNext");
        clickOn("#navBoard");
        waitUntil(() -> orderNos(2).size() == 2 && orderNos(1).size() == 1);
    }
}
