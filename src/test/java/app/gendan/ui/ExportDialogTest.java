package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.Priority;
import app.gendan.service.export.ExportFormat;
import app.gendan.ui.export.ExportDialog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class ExportDialogTest extends UiTestBase {
    private Stage dialog;

    @Override
    protected void seed() {
        Customer c = customer("苏州恒通电子科技有限公司");
        order("贴片机配件", c, "8800", Priority.HIGH, me.id());
        order("=SUM(A1:A9)", customer("杭州明远贸易有限公司"), "1200", Priority.NORMAL, me.id());
    }

    @BeforeEach
    void openDialog() {
        dialog = fx(() -> ExportDialog.show(ctx, main.root().getScene().getWindow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typePath(Path file) {
        clickOn("#exportFile");
        push(KeyCode.CONTROL, KeyCode.A);
        write(file.toString());
    }

    private String status() {
        return fx(() -> lookup("#exportStatus").queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private ExportFormat format() {
        return fx(() -> ((ComboBox<ExportFormat>) lookup("#exportFormat").query()).getValue());
    }

    private String typed() {
        return fx(() -> lookup("#exportFile").queryTextInputControl().getText());
    }

    @Test
    void exportsToTheTypedFileAndSaysWhereItWent() throws Exception {
        Path file = dir.resolve("订单导出.xlsx");
        typePath(file);
        clickOn("#exportRun");

        waitUntil(() -> status().contains(" written to "));
        assertThat(status()).isEqualTo("2 rows of Orders written to " + file);
        assertThat(dialog.isShowing()).isTrue();
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(2);
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("贴片机配件");
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("苏州恒通电子科技有限公司");
            assertThat(s.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }

        clickOn("#exportClose");
        waitUntil(() -> !dialog.isShowing());
    }

    @Test
    void theFormatFollowsTheFileNameAndTheChoice() throws Exception {
        clickOn("#exportKind");
        clickOn("Follow-ups");
        Path csv = dir.resolve("follow-ups.csv");
        typePath(csv);
        waitUntil(() -> format() == ExportFormat.CSV);

        clickOn("#exportFormat");
        clickOn(messages.get("export.format.xlsx"));
        waitUntil(() -> typed().equals(dir.resolve("follow-ups.xlsx").toString()));

        clickOn("#exportFormat");
        clickOn(messages.get("export.format.csv"));
        waitUntil(() -> typed().equals(csv.toString()));
        clickOn("#exportRun");
        waitUntil(() -> status().contains(" written to "));
        assertThat(status()).startsWith("No rows of Follow-ups written to");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFWhen,Customer,");
    }

    @Test
    void theReportsAreAlwaysAWorkbook() {
        clickOn("#exportFormat");
        clickOn(messages.get("export.format.csv"));
        waitUntil(() -> typed().endsWith(".csv"));

        clickOn("#exportKind");
        clickOn("Reports");
        waitUntil(() -> format() == ExportFormat.XLSX);
        assertThat(fx(() -> lookup("#exportFormat").query().isDisabled())).isTrue();
        // the suggested name follows the kind and the format
        assertThat(typed()).endsWith(".xlsx").contains("Reports-");
    }

    @Test
    void aFileInAMissingFolderIsRefusedInTheDialog() throws Exception {
        typePath(dir.resolve("missing").resolve("orders.csv"));
        clickOn("#exportRun");
        waitUntil(() -> status().contains("does not exist"));
        assertThat(fx(() -> lookup("#exportRun").query().isDisabled())).isFalse();
        assertThat(dir.resolve("missing")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("orders"));
        }
    }

    @Test
    void anEmptyFileNameAsksForOne() {
        clickOn("#exportFile");
        push(KeyCode.CONTROL, KeyCode.A);
        type(KeyCode.BACK_SPACE);
        clickOn("#exportRun");
        waitUntil(() -> lookup("#error-file").queryAs(Label.class).isVisible());
        assertThat(lookup("#error-file").queryAs(Label.class).getText()).isEqualTo("Choose the file to write.");
        assertThat(status()).isEmpty();
    }

    @Test
    void aTypedExistingFileIsReplacedOnlyWhenConfirmed() throws Exception {
        Path file = Files.writeString(dir.resolve("old.csv"), "keep me", StandardCharsets.UTF_8);
        typePath(file);
        clickOn("#exportRun");
        waitUntil(() -> lookup("#confirmCancel").tryQuery().isPresent());
        clickOn("#confirmCancel");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("keep me");

        clickOn("#exportRun");
        waitUntil(() -> lookup("#confirmOk").tryQuery().isPresent());
        clickOn("#confirmOk");
        waitUntil(() -> status().contains(" written to "));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFFOrder no.,");
    }
}
