package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard shows its reasoning: per column its header, field, three first values and a mark on
 * guesses; a column no field takes is kept as an extra field, listed in the preview and the
 * summary; next steps long past when the file was saved come in as done unless the user keeps
 * them open; a mapping change previews again in the background.
 */
@SuppressWarnings("unchecked")
class ImportWizardReasoningTest extends ImportUiTestBase {
    // the file is saved today, its next steps were due in 2024: long past
    private Path tracker() throws IOException {
        Path file = dir.resolve("in").resolve("跟进.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "客户名称,订单号,日期,跟进内容,下一步计划,下次跟进日期,颜色",
                "北京博峰食品有限公司,A-1,2024-03-01,电话沟通交期,发送报价,2024-03-08,红",
                "东莞明辉食品有限公司,A-2,2024-03-02,拜访客户,寄送样品,2024-03-09,蓝",
                "苏州华信自动化设备有限公司,A-3,2024-03-03,微信确认参数,安排面谈,2024-03-10,绿",
                "上海恒泰电子科技有限公司,A-4,2024-03-04,发送报价单,催收尾款,2024-03-11,红") + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private void toMapping(Path file) {
        openWizard();
        chooseFile(file);
        waitForStep("wizard.step.sheets");
        next();
        waitForStep("wizard.step.mapping");
    }

    /** Opens the combo, scrolls its list to the field as a user would with the wheel, and clicks it. */
    private void chooseField(String comboId, String fieldKey) {
        String name = messages.get(fieldKey);
        ComboBox<Object> combo = combo(comboId);
        clickOn(comboId);
        waitUntil(() -> lookup(".combo-box-popup .list-view").tryQuery().isPresent());
        fx(() -> {
            ListView<Object> list = lookup(".combo-box-popup .list-view").queryAs(ListView.class);
            for (int i = 0; i < list.getItems().size(); i++) {
                if (combo.getConverter().toString(list.getItems().get(i)).equals(name)) {
                    list.scrollTo(i);
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(name);
        waitUntil(() -> comboText(comboId).equals(messages.get(fieldKey)));
    }

    private Tooltip tooltip(String id) {
        return fx(() -> lookup(id).queryAs(Labeled.class).getTooltip());
    }

    @Test
    void theMappingShowsHeaderFieldSamplesAndMarks() throws IOException {
        toMapping(tracker());
        // a certain column: its header, its field, three first values (not the fourth), no mark
        assertThat(text("#mapHeader-0-0")).isEqualTo("A · 客户名称");
        assertThat(comboText("#map-0-0")).isEqualTo(messages.get("imports.field.customerName"));
        assertThat(text("#mapSample-0-0-0")).isEqualTo("北京博峰食品有限公司");
        assertThat(text("#mapSample-0-0-1")).isEqualTo("东莞明辉食品有限公司");
        assertThat(text("#mapSample-0-0-2")).isEqualTo("苏州华信自动化设备有限公司");
        assertThat(lookup("#mapSample-0-0-3").tryQuery()).isEmpty();
        assertThat(text("#mapNote-0-0")).isEmpty();
        assertThat(tooltip("#mapNote-0-0")).isNull();

        // "日期" could be any date; in a follow-up log it is taken for the contact's date: a guess,
        // marked with an icon and a tooltip saying why
        assertThat(text("#mapHeader-0-2")).isEqualTo("C · 日期");
        assertThat(comboText("#map-0-2")).isEqualTo(messages.get("imports.field.followUpDate"));
        assertThat(text("#mapSample-0-2-0")).isEqualTo("2024-03-01");
        assertThat(text("#mapNote-0-2")).isEqualTo(messages.get("wizard.mapping.unsure"));
        assertThat(fx(() -> lookup("#mapNote-0-2").queryAs(Label.class).getGraphic())).isNotNull();
        assertThat(tooltip("#mapNote-0-2").getText()).isEqualTo(
                messages.get("wizard.mapping.unsureTip", messages.get("imports.field.followUpDate"), 60));
        // the other guessed date column: its header names its field exactly, no mark
        assertThat(comboText("#map-0-5")).isEqualTo(messages.get("imports.field.nextStepDue"));
        assertThat(text("#mapNote-0-5")).isEmpty();

        // no field takes 颜色: kept as an extra field; its samples are distinct values
        assertThat(comboText("#map-0-6")).isEqualTo(messages.get("imports.field.ignored"));
        assertThat(text("#mapNote-0-6")).isEqualTo(messages.get("wizard.mapping.extra"));
        assertThat(text("#mapSample-0-6-0")).isEqualTo("红");
        assertThat(text("#mapSample-0-6-1")).isEqualTo("蓝");
        assertThat(text("#mapSample-0-6-2")).isEqualTo("绿");

        // choosing the field takes the mark away; the preview is worked out again in the background
        chooseField("#map-0-2", "imports.field.orderDate");
        waitUntil(() -> peek("#mapNote-0-2").isEmpty());
        String one = messages.get("wizard.mapping.previewed", 4, 0, 4, 1);
        waitUntil(() -> peek("#mappingPreview").equals(one));
        // two changes in a row (none, then two columns kept as extra fields): the preview that counts is the one for the last
        chooseField("#map-0-6", "imports.field.notes");
        chooseField("#map-0-2", "imports.field.ignored");
        assertThat(text("#mapNote-0-2")).isEqualTo(messages.get("wizard.mapping.extra"));
        assertThat(text("#mapNote-0-6")).isEmpty();
        String two = messages.get("wizard.mapping.previewed", 4, 0, 4, 1);
        waitUntil(() -> peek("#mappingPreview").equals(two));
        next();
        waitForStep("wizard.step.preview");
        // the preview lists 日期 now, not 颜色
        assertThat(text("#previewUnmappedTitle")).isEqualTo(messages.get("wizard.unmapped.title", 1));
        assertThat(text("#previewUnmapped-0")).isEqualTo(messages.get("wizard.unmapped.column", "C", "日期", 4,
                "2024-03-01 | 2024-03-02 | 2024-03-03"));
    }

    @Test
    void pastStepsComeInAsDoneAndUnmappedColumnsAreListed() throws IOException {
        toMapping(tracker());
        next();
        waitForStep("wizard.step.preview");
        assertThat(text("#previewPastSteps")).isEqualTo(messages.get("wizard.pastSteps.closed", 4, 30));
        assertThat(fx(() -> lookup("#keepPastStepsOpen").queryAs(CheckBox.class).isSelected())).isFalse();
        assertThat(text("#previewUnmappedTitle")).isEqualTo(messages.get("wizard.unmapped.title", 1));
        assertThat(text("#previewUnmapped-0")).isEqualTo(messages.get("wizard.unmapped.column", "G", "颜色", 4, "红 | 蓝 | 绿"));
        next();
        waitForStep("wizard.step.summary");
        assertThat(text("#summaryPastSteps")).isEqualTo(messages.get("wizard.summary.pastStepsClosed", 4, 30));
        assertThat(text("#summaryUnmapped-0")).isEqualTo(messages.get("wizard.unmapped.column", "G", "颜色", 4, "红 | 蓝 | 绿"));
        clickOn("#wizardNext");
        // history: nothing overdue on Today
        assertThat(ws.due().dueItems(null, 3650).size()).isZero();
        assertThat(ws.imports().batches()).hasSize(1);
    }

    @Test
    void tickingTheBoxKeepsPastStepsOpen() throws IOException {
        toMapping(tracker());
        next();
        waitForStep("wizard.step.preview");
        assertThat(text("#previewPastSteps")).isEqualTo(messages.get("wizard.pastSteps.closed", 4, 30));
        clickOn("#keepPastStepsOpen");
        waitUntil(() -> peek("#previewPastSteps").equals(messages.get("wizard.pastSteps.open", 4, 30)));
        waitForStep("wizard.step.preview");
        next();
        waitForStep("wizard.step.summary");
        assertThat(text("#summaryPastSteps")).isEqualTo(messages.get("wizard.summary.pastStepsOpen", 4, 30));
        clickOn("#wizardNext");
        // the four next steps are open reminders, overdue since 2024
        assertThat(ws.due().dueItems(null, 3650).overdue()).hasSize(4)
                .allSatisfy(d -> assertThat(d.orderNo()).startsWith("A-"));
    }
}
