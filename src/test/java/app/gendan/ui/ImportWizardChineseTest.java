package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/** The wizard in Chinese: the follow-up tracker imports with its next steps, and a fake file is refused in Chinese. */
class ImportWizardChineseTest extends ImportUiTestBase {
    @Override
    protected Locale locale() { return Locale.SIMPLIFIED_CHINESE; }

    @Test
    void importsTheFollowUpWorkbookWithItsNextSteps() {
        Path xlsx = tracker("销售跟进表.xlsx");
        openWizard();
        assertThat(lookup("#importBrowse").queryAs(Button.class).getText()).isEqualTo("浏览…");
        chooseFile(xlsx);
        waitForStep("wizard.step.sheets");
        assertThat(text("#wizardTitle")).isEqualTo("第 2 步，共 6 步：工作表与表头行");
        assertThat(text("#sheetRows-0")).isEqualTo("表头下 424 行");
        next();
        waitForStep("wizard.step.mapping");
        next();
        waitForStep("wizard.step.preview");
        assertThat(text("#preview-rows")).isEqualTo("读取 420 行，跳过 0 行");
        assertThat(text("#preview-customersCreated")).isEqualTo("60");
        next();
        waitForStep("wizard.step.summary");
        assertThat(text("#summaryHeadline")).startsWith("已导入 销售跟进表.xlsx：420 行");
        clickOn("#wizardNext");

        // the workbook's next steps all lay long past when it was saved (its copy is dated today, its
        // rows 2024): they came in as history, done on their due day, and Today is not flooded
        assertThat(ws.due().dueItems(null, 3650).size()).isZero();
        clickOn("#navCustomers");
        ListView<Customer> customers = await("#customerList");
        waitUntil(() -> customers.getItems().size() == 60);
    }

    @Test
    void aFakeWorkbookIsRefusedInChinese() {
        Path bad = tracker("bad/notexcel.xlsx");
        openWizard();
        chooseFile(bad);
        waitUntil(() -> showing("#wizardError") && peek("#wizardError").equals("“notexcel.xlsx”不是电子表格，也不是 CSV 文件。"));
        assertThat(text("#wizardTitle")).isEqualTo("第 1 步，共 6 步：选择文件");
        assertThat(ws.imports().batches()).isEmpty();
    }
}
