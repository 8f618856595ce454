package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.ImportBatchInfo;
import app.gendan.service.imports.ImportBatchStatus;
import app.gendan.service.imports.ImportProblem;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A newcomer imports the GBK order tracker through the wizard, sees the orders, and reverts the import. */
class ImportWizardTest extends ImportUiTestBase {

    @Test
    void importsTheGbkTrackerShowsItsOrdersAndRevertsIt() {
        Path csv = tracker("订单跟踪-GBK.csv");
        openWizard();
        chooseFile(csv);

        waitForStep("wizard.step.sheets");
        assertThat(text("#fileInfo")).isEqualTo(messages.get("wizard.sheets.csvInfo", "订单跟踪-GBK.csv", "GB18030", ","));
        assertThat(this.<CheckBox>await("#sheet-0").isSelected()).isTrue();
        assertThat(this.<Spinner<Integer>>await("#headerRow-0").getValue()).isEqualTo(1);
        next();

        waitForStep("wizard.step.mapping");
        assertThat(comboText("#map-0-0")).isEqualTo(messages.get("imports.field.orderNumber"));
        assertThat(comboText("#map-0-1")).isEqualTo(messages.get("imports.field.customerName"));
        assertThat(comboText("#map-0-13")).isEqualTo(messages.get("imports.field.stage"));
        next();

        waitForStep("wizard.step.preview");
        assertThat(text("#preview-rows")).isEqualTo("320 rows read, 0 skipped");
        assertThat(text("#preview-customersCreated")).isEqualTo("45");
        assertThat(text("#preview-ordersCreated")).isEqualTo("320");
        TableView<app.gendan.service.imports.ProblemGroup> problems = await("#previewProblems");
        TabPane tabs = await("#previewTabs");
        assertThat(fx(() -> tabs.getTabs().get(0).getText()))
                .isEqualTo(messages.get("wizard.preview.problems",
                        problems.getItems().stream().mapToInt(app.gendan.service.imports.ProblemGroup::count).sum()));
        assertThat(fx(() -> tabs.getTabs().get(1).getText())).isEqualTo(messages.get("wizard.preview.rows", "订单跟踪-GBK", 320));
        assertThat(ws.imports().batches()).isEmpty();
        assertThat(ws.customers().list(null, 10)).isEmpty();
        next();

        waitForStep("wizard.step.summary");
        assertThat(text("#summary-ordersCreated")).isEqualTo("320");
        assertThat(text("#summaryHeadline")).contains("订单跟踪-GBK.csv", "320");
        clickOn("#wizardNext");
        waitUntil(() -> lookup("#importWizard").tryQuery().isEmpty());

        TableView<ImportBatchInfo> batches = await("#batchTable");
        waitUntil(() -> batches.getItems().size() == 1);
        ImportBatchInfo batch = batches.getItems().get(0);
        assertThat(batch.fileName()).isEqualTo("订单跟踪-GBK.csv");
        assertThat(batch.ordersCreated()).isEqualTo(320);
        assertThat(ws.customers().list(null, 100)).hasSize(45);

        clickOn("#navBoard");
        waitUntil(() -> boardOrderNos().contains("SO202410001"));
        int onBoard = boardOrderNos().size();
        assertThat(onBoard).isGreaterThan(0);

        clickOn("#navData");
        clickOn(lookup("#batchTable .table-row-cell").<javafx.scene.Node>query());
        clickOn("#revertBatch");
        waitUntil(() -> lookup("#confirmOk").tryQuery().isPresent());
        clickOn("#confirmOk");
        String reverted = messages.get("data.revert.done", batch.id(), "订单跟踪-GBK.csv");
        waitUntil(() -> showing("#dataMessage") && peek("#dataMessage").equals(reverted));
        waitUntil(() -> batches.getItems().size() == 1 && batches.getItems().get(0).status() == ImportBatchStatus.REVERTED);
        assertThat(ws.customers().list(null, 100)).isEmpty();
        clickOn("#navBoard");
        waitUntil(() -> boardOrderNos().isEmpty());
    }

    @Test
    void theWholeWizardRunsFromTheKeyboard() {
        Path csv = tracker("deals-export.csv");
        openWizard();
        clickOn("#importFile").write(csv.toString()).type(KeyCode.ENTER);
        waitForStep("wizard.step.sheets");
        type(KeyCode.ENTER);
        waitForStep("wizard.step.mapping");
        type(KeyCode.ENTER);
        waitForStep("wizard.step.preview");
        assertThat(text("#preview-rows")).isEqualTo("260 rows read, 0 skipped");
        push(KeyCode.ALT, KeyCode.B);
        waitForStep("wizard.step.mapping");
        type(KeyCode.ENTER);
        waitForStep("wizard.step.preview");
        type(KeyCode.ENTER);
        waitForStep("wizard.step.summary");
        assertThat(text("#summary-customersCreated")).isEqualTo("15");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#importWizard").tryQuery().isEmpty());

        clickOn("#importTracker");
        waitUntil(() -> lookup("#importFile").tryQuery().isPresent());
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#importWizard").tryQuery().isEmpty());
        TableView<ImportBatchInfo> batches = await("#batchTable");
        waitUntil(() -> batches.getItems().size() == 1);
    }
}
