package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.service.imports.ImportBatchInfo;
import app.gendan.service.imports.ImportBatchStatus;
import app.gendan.service.imports.ImportProgress;
import app.gendan.service.imports.ImportSummary;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** The Data page lists imports and refuses, plainly, to revert one whose rows a colleague has edited since. */
class DataViewTest extends ImportUiTestBase {
    private ImportSummary imported;

    @Override
    protected void seed() {
        var file = tracker("bad/formulas.xlsx");
        imported = ws.imports().run(ws.imports().inspect(file).request(), ImportProgress.NONE, () -> false);
    }

    @Test
    void theExportButtonOpensTheExportDialog() {
        clickOn("#navData");
        await("#batchTable");
        clickOn("#exportData");
        waitUntil(() -> lookup("#exportFile").tryQuery().isPresent());
        assertThat(lookup("#exportRun").tryQuery()).isPresent();
    }

    @Test
    void listsTheImportAndRefusesARevertThatWouldLoseALaterEdit() {
        clickOn("#navData");
        TableView<ImportBatchInfo> batches = await("#batchTable");
        waitUntil(() -> batches.getItems().size() == 1);
        assertThat(lookup("#revertBatch").queryAs(Button.class).isDisabled()).isTrue();
        ImportBatchInfo batch = batches.getItems().get(0);
        assertThat(batch.id()).isEqualTo(imported.batchId());
        assertThat(batch.fileName()).isEqualTo("formulas.xlsx");

        BoardCard card = ws.board().load(pipeline.id()).cards().get(0);
        ws.orders().move(card.orderId(), card.version(), stages.get(3).id(), true);

        clickOn(lookup("#batchTable .table-row-cell").<Node>query());
        clickOn("#revertBatch");
        waitUntil(() -> lookup("#confirmOk").tryQuery().isPresent());
        clickOn("#confirmOk");
        String refused = messages.get("imports.revert.orderEdited", batch.id(), card.orderNo());
        waitUntil(() -> showing("#dataMessage") && peek("#dataMessage").equals(refused));
        assertThat(lookup("#dataMessage").queryAs(Label.class).getStyleClass()).contains("danger");
        assertThat(ws.imports().batches()).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(ImportBatchStatus.COMMITTED));
        assertThat(ws.orders().get(card.orderId()).stageId()).isEqualTo(stages.get(3).id());
    }
}
