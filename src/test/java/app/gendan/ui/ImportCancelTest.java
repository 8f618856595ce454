package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.ImportProgress;
import app.gendan.ui.imports.ImportWizard;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;

/** Cancelling an import half-way leaves the database as it was. */
class ImportCancelTest extends ImportUiTestBase {
    private static final int ROWS = 3000;

    private Path bigTracker() throws IOException {
        Path file = dir.resolve("in").resolve("大跟单表.csv");
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("订单号,客户名称,联系人,金额,状态,负责人\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("BIG-" + i + ",客户" + (i % 400) + "有限公司,联系人" + (i % 97) + "," + (1000 + i) + ".50,已报价,王五\n");
            }
        }
        return file;
    }

    @Test
    void cancellingWhileRowsAreWrittenWritesNothing() throws Exception {
        Path file = bigTracker();
        long changeBefore = ws.latestChange();
        int usersBefore = ws.users().all().size();
        clickOn("#navData");
        ImportWizard wizard = fx(() -> main.data().openWizard());
        // Holds the import at its first written chunk until the Cancel button has been clicked.
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch clicked = new CountDownLatch(1);
        wizard.model().setProgressTap((phase, done, total) -> {
            if (phase == ImportProgress.Phase.WRITING && writing.getCount() > 0) {
                writing.countDown();
                try {
                    clicked.await(15, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        chooseFile(file);
        waitForStep("wizard.step.sheets");
        next();
        waitForStep("wizard.step.mapping");
        next();
        waitForStep("wizard.step.preview");
        assertThat(text("#preview-ordersCreated")).isEqualTo("3,000");
        next();

        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> showing("#importProgress") && !lookup("#importCancel").queryAs(Button.class).isDisabled());
        clickOn("#importCancel");
        clicked.countDown();

        waitForStep("wizard.step.preview");
        String cancelled = messages.get("imports.cancelled");
        waitUntil(() -> showing("#wizardNotice") && peek("#wizardNotice").equals(cancelled));
        assertThat(ws.latestChange()).isEqualTo(changeBefore);
        assertThat(ws.imports().batches()).isEmpty();
        assertThat(ws.customers().list(null, 10)).isEmpty();
        assertThat(ws.users().all()).hasSize(usersBefore);
        clickOn("#wizardCancel");
        clickOn("#navBoard");
        assertThat(boardOrderNos()).isEmpty();
    }
}
