package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The first two wizard pages: the file (typed, hostile, empty) and its sheets with header rows. */
class ImportWizardFileTest extends ImportUiTestBase {

    @Test
    void aFakeWorkbookShowsTheLocalisedMessageAndWritesNothing() {
        Path bad = tracker("bad/notexcel.xlsx");
        openWizard();
        chooseFile(bad);

        String expected = messages.get("imports.error.notSpreadsheet", "notexcel.xlsx");
        waitUntil(() -> showing("#wizardError") && peek("#wizardError").equals(expected));
        assertThat(text("#wizardTitle")).endsWith(messages.get("wizard.step.file"));
        assertThat(ws.imports().batches()).isEmpty();
        assertThat(ws.customers().list(null, 10)).isEmpty();
    }

    @Test
    void aMissingFileAndAHeaderOnlyFileAreToldPlainly() {
        openWizard();
        assertThat(lookup("#wizardNext").queryAs(Button.class).isDisabled()).isTrue();
        Path missing = dir.resolve("nowhere.csv");
        clickOn("#importFile").write(missing.toString()).type(KeyCode.ENTER);
        waitUntil(() -> showing("#wizardError") && peek("#wizardError").contains("nowhere.csv"));

        Path headerOnly = tracker("bad/header-only.csv");
        fx(() -> {
            lookup("#importFile").queryTextInputControl().clear();
            return null;
        });
        chooseFile(headerOnly);
        String expected = messages.get("imports.error.noDataRows", "header-only.csv");
        waitUntil(() -> peek("#wizardError").equals(expected));
        assertThat(text("#wizardTitle")).endsWith(messages.get("wizard.step.file"));
        assertThat(ws.imports().batches()).isEmpty();
    }

    @Test
    void offersEverySheetOfAWorkbookWithItsRowCount() {
        Path xls = tracker("老跟单表.xls");
        openWizard();
        chooseFile(xls);
        waitForStep("wizard.step.sheets");

        CheckBox first = this.<CheckBox>await("#sheet-0");
        CheckBox second = this.<CheckBox>await("#sheet-1");
        assertThat(first.getText()).isEqualTo("王五");
        assertThat(second.getText()).isEqualTo("李四");
        assertThat(first.isSelected()).isTrue();
        assertThat(second.isSelected()).isTrue();
        assertThat(text("#sheetRows-0")).isEqualTo("164 rows below the header");
        assertThat(text("#sheetRows-1")).isEqualTo("161 rows below the header");
        assertThat(text("#fileInfo")).contains("老跟单表.xls", "2 sheets");

        clickOn("#sheet-1");
        assertThat(second.isSelected()).isFalse();
        assertThat(lookup("#wizardNext").queryAs(Button.class).isDisabled()).isFalse();
        clickOn("#sheet-0");
        assertThat(lookup("#wizardNext").queryAs(Button.class).isDisabled()).isTrue();

        back();
        waitForStep("wizard.step.file");
        assertThat(lookup("#importFile").queryTextInputControl().getText()).isEqualTo(xls.toString());
    }

    @Test
    void theDetectedHeaderRowCanBeChangedWithTheSpinner() {
        Path xlsx = tracker("销售跟进表.xlsx");
        openWizard();
        chooseFile(xlsx);
        waitForStep("wizard.step.sheets");
        Spinner<?> spinner = await("#headerRow-0");
        assertThat(spinner.getValue()).isEqualTo(3);
        assertThat(text("#sheetHeaders-0")).contains("客户名称", "跟进时间", "下次跟进日期");
        assertThat(text("#sheetRows-0")).isEqualTo("424 rows below the header");

        clickOn(lookup("#headerRow-0 .text-field").<javafx.scene.Node>query());
        type(KeyCode.DOWN, 2);
        waitUntil(() -> Integer.valueOf(1).equals(spinner.getValue()) && !peek("#sheetHeaders-0").contains("跟进时间"));
        assertThat(text("#sheetRows-0")).isEqualTo("426 rows below the header");

        type(KeyCode.UP, 2);
        waitUntil(() -> peek("#sheetHeaders-0").contains("跟进时间"));
        next();
        waitForStep("wizard.step.mapping");
        assertThat(comboText("#map-0-3")).isEqualTo(messages.get("imports.field.followUpDate"));
    }

    @Test
    void hiddenRowsColumnsAndSheetsArePointedOut() throws Exception {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet data = wb.createSheet("客户");
            String[][] rows = {{"客户名称", "联系人", "金额"}, {"北京博峰食品有限公司", "高明", "100"},
                {"东莞明辉食品有限公司", "陈杰", "200"}, {"苏州华信自动化设备有限公司", "朱秀英", "300"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = data.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            data.getRow(2).setZeroHeight(true);
            data.setColumnHidden(2, true);
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由销售部维护");
            XSSFSheet old = wb.createSheet("旧数据");
            old.createRow(0).createCell(0).setCellValue("客户名称");
            old.createRow(1).createCell(0).setCellValue("宁波明辉食品有限公司");
            wb.setSheetHidden(2, true);
            wb.write(out);
        }
        openWizard();
        chooseFile(file);
        waitForStep("wizard.step.sheets");

        assertThat(text("#sheetHidden-0")).isEqualTo(messages.get("wizard.sheets.hiddenBoth", "3", 1, "C", 1));
        assertThat(this.<CheckBox>await("#sheet-1").isSelected()).isFalse();
        assertThat(this.<CheckBox>await("#sheet-2").getText()).isEqualTo("旧数据 (hidden sheet)");
    }
}
