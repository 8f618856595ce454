package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.BoardCard;
import app.gendan.domain.Customer;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Priority;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.SnoozeChoice;
import app.gendan.domain.User;
import app.gendan.service.HistoryLine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The follow-up timeline of the order and customer screens, and working a step from it. */
class FollowUpTimelineTest extends UiTestBase {
    private Customer acme;
    private SalesOrder alpha;
    private User colleague;
    private FollowUp quote;
    private FollowUp fair;
    private FollowUp callBack;
    private FollowUp customerOnly;

    @Override
    protected void seed() {
        acme = customer("Acme Pumps");
        colleague = ws.users().register("lisi", "Li Si", Role.REP);
        alpha = order("Alpha valves", acme, "100", Priority.NORMAL, me.id());
        LocalDate today = LocalDate.now(ws.clock());
        quote = log(alpha.id(), 3, "Asked for a quote", "Send quote", today.plusDays(2), null);
        fair = log(alpha.id(), 2, "Met at the fair", null, null, null);
        callBack = log(alpha.id(), 1, "Left a message", "Call back", today.minusDays(1), LocalTime.of(15, 0));
        ws.followUps().complete(callBack.id(), callBack.version(), null);
        customerOnly = log(null, 4, "Intro call", null, null, null);
    }

    private FollowUp log(Long orderId, int daysAgo, String summary, String action, LocalDate due, LocalTime time) {
        Instant at = ws.clock().instant().minus(Duration.ofDays(daysAgo));
        return ws.followUps().log(new FollowUpDraft(acme.id(), orderId, at, FollowUpMethod.PHONE, summary, null, null,
                action, due, time, action == null ? null : me.id()));
    }

    @SuppressWarnings("unchecked")
    private ListView<FollowUp> timeline() {
        return lookup("#followUpTimeline").queryAs(ListView.class);
    }

    private List<Long> timelineIds() {
        return fx(() -> timeline().getItems().stream().map(FollowUp::id).toList());
    }

    private void openAlphaFollowUps() {
        doubleClickOn("#card-" + alpha.orderNo());
        waitUntil(() -> lookup("#tab-followups").tryQuery().isPresent());
        clickOn("#tab-followups");
        waitUntil(() -> lookup("#followUpTimeline").tryQuery().isPresent() && timelineIds().size() == 3);
    }

    private void typeInForm(String text) {
        targetWindow(lookup("#followUpForm").query().getScene().getWindow());
        write(text);
    }

    private void waitForForm() {
        waitUntil(() -> lookup("#followUpSummary").tryQuery().map(Node::isFocused).orElse(false));
    }

    /** The text of a part of the cell showing {@code f}, "" while no cell shows it; for conditions. */
    private String cellText(FollowUp f, String styleClass) {
        return lookup("#followup-" + f.id()).lookup(styleClass).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** As {@link #cellText}, once the list has laid out the cell (it can hold the item before). */
    private String shownCellText(FollowUp f, String styleClass) {
        waitUntil(() -> !cellText(f, styleClass).isEmpty());
        return fx(() -> cellText(f, styleClass));
    }

    private List<String> history() {
        return ws.history().ofOrder(alpha.id(), messages).stream().map(HistoryLine::text).toList();
    }

    @Test
    void theOrderTimelineShowsTheOpenStepOnTopThenNewestFirst() {
        openAlphaFollowUps();
        assertThat(timelineIds()).containsExactly(quote.id(), callBack.id(), fair.id());
        assertThat(shownCellText(quote, ".timeline-step")).startsWith("Next: Send quote · ").endsWith(" · Tess Ter");
        assertThat(shownCellText(callBack, ".timeline-step")).startsWith("Done: Call back · ");
        assertThat(shownCellText(fair, ".timeline-summary")).isEqualTo("Met at the fair");
        assertThat(lookup("#followup-" + fair.id()).lookup(".timeline-step").query().isVisible()).isFalse();
    }

    @Test
    void editAndDeleteFromTheTimelineAreRecordedInTheHistory() {
        openAlphaFollowUps();
        clickOn("#followup-" + fair.id());
        type(KeyCode.ENTER);
        waitForForm();
        assertThat(lookup("#followUpSummary").queryTextInputControl().getText()).isEqualTo("Met at the fair");
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        typeInForm("Met at the Canton fair");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        waitUntil(() -> cellText(fair, ".timeline-summary").equals("Met at the Canton fair"));

        clickOn("#followup-" + fair.id());
        type(KeyCode.DELETE);
        waitUntil(() -> lookup("#confirmOk").tryQuery().isPresent());
        clickOn("#confirmOk");
        waitUntil(() -> timelineIds().size() == 2);
        assertThat(timelineIds()).doesNotContain(fair.id());

        assertThat(history()).anyMatch(t -> t.startsWith(
                "Tess Ter changed the follow-up's summary: Met at the fair → Met at the Canton fair, "));
        assertThat(history()).anyMatch(t -> t.startsWith("Tess Ter deleted the follow-up \"Met at the Canton fair\", "));
        clickOn("#tab-history");
        waitUntil(() -> lookup("#orderHistory").queryListView().getItems().stream()
                .anyMatch(l -> ((HistoryLine) l).text().startsWith("Tess Ter deleted the follow-up")));
    }

    @Test
    void completingAStepWithAnOutcomeSetsTheNewNextStep() {
        openAlphaFollowUps();
        clickOn("#followup-" + quote.id());
        type(KeyCode.D);
        waitForForm();
        assertThat(lookup("#followUpCompleting").queryAs(Label.class).getText()).contains("Send quote");
        typeInForm("Quote sent, they compare with a rival");
        type(KeyCode.TAB);   // customer feedback
        type(KeyCode.TAB);   // result
        type(KeyCode.TAB);   // next step
        typeInForm("Chase the PO");
        press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());

        assertThat(ws.followUps().get(quote.id()).nextStep().doneAt()).isNotNull();
        waitUntil(() -> timelineIds().size() == 4);
        FollowUp outcome = fx(() -> timeline().getItems().get(0));
        assertThat(outcome.summary()).isEqualTo("Quote sent, they compare with a rival");
        assertThat(outcome.nextStep().action()).isEqualTo("Chase the PO");
        assertThat(outcome.nextStep().dueAt())
                .isEqualTo(LocalDate.now(ws.clock()).plusWeeks(1).atStartOfDay(ws.zone()).toInstant());
        assertThat(shownCellText(quote, ".timeline-step")).startsWith("Done: Send quote");
        waitUntil(() -> {
            BoardCard c = column(0).getItems().stream().filter(x -> x.orderId() == alpha.id()).findFirst().orElseThrow();
            return c.nextStep() != null && c.nextStep().action().equals("Chase the PO");
        });
        assertThat(history()).anyMatch(t -> t.startsWith("Tess Ter completed the step \"Send quote\""));
    }

    @Test
    void snoozeAndReassignFromTheTimeline() {
        openAlphaFollowUps();
        clickOn("#followup-" + quote.id());
        type(KeyCode.S);
        String tomorrow = messages.get("followup.snooze.tomorrow").replace("_", "");
        waitUntil(() -> lookup(tomorrow).tryQuery().isPresent());
        clickOn(tomorrow);
        Instant expected = SnoozeChoice.TOMORROW_MORNING.until(ws.clock().instant(), ws.zone());
        waitUntil(() -> expected.equals(ws.followUps().get(quote.id()).nextStep().snoozedUntil()));
        int version = ws.followUps().get(quote.id()).version();
        waitUntil(() -> timeline().getItems().stream().anyMatch(f -> f.id() == quote.id() && f.version() == version));

        clickOn("#followup-" + quote.id());
        type(KeyCode.R);
        waitUntil(() -> lookup("#reassignOwner").tryQuery().isPresent());
        clickOn("#reassignOwner");
        clickOn("Li Si");
        clickOn("#reassignOk");
        waitUntil(() -> ws.followUps().get(quote.id()).nextStep().ownerId() == colleague.id());
        waitUntil(() -> cellText(quote, ".timeline-step").endsWith(" · Li Si"));
    }

    @Test
    void snoozingToAChosenDayAndTimeReadsThemInTheWorkspacesZone() {
        openAlphaFollowUps();
        clickOn("#followup-" + quote.id());
        type(KeyCode.S);
        String choose = messages.get("followup.snooze.choose").replace("_", "");
        waitUntil(() -> lookup(choose).tryQuery().isPresent());
        clickOn(choose);
        waitUntil(() -> lookup("#snoozeDateDialog").tryQuery().isPresent());
        LocalDate today = LocalDate.now(ws.clock());
        javafx.scene.control.DatePicker date = lookup("#snoozeDateDialog .date-picker").queryAs(javafx.scene.control.DatePicker.class);
        assertThat(fx(date::getValue)).isEqualTo(today.plusDays(1));

        // a moment already past is refused and the dialog stays
        setText(date.getEditor(), ctx.formats().date(today));
        setText(lookup("#snoozeTime").queryTextInputControl(), "0:00");
        clickOn("#snoozeDateOk");
        waitUntil(() -> lookup("#error-time").queryAs(Label.class).isVisible());
        assertThat(lookup("#error-time").queryAs(Label.class).getText()).isEqualTo(messages.get("followup.snooze.past"));
        assertThat(lookup("#snoozeDateDialog").tryQuery()).isPresent();

        setText(date.getEditor(), ctx.formats().date(today.plusDays(3)));
        setText(lookup("#snoozeTime").queryTextInputControl(), "15:30");
        clickOn("#snoozeDateOk");
        waitUntil(() -> lookup("#snoozeDateDialog").tryQuery().isEmpty());
        Instant expected = today.plusDays(3).atTime(15, 30).atZone(ws.zone()).toInstant();
        waitUntil(() -> expected.equals(ws.followUps().get(quote.id()).nextStep().snoozedUntil()));
        waitUntil(() -> timeline().getItems().stream().anyMatch(f -> f.id() == quote.id()
                && expected.equals(f.nextStep().snoozedUntil())));
    }

    private void setText(javafx.scene.control.TextInputControl field, String text) {
        fx(() -> {
            field.setText(text);
            return null;
        });
    }

    @Test
    void theCustomerScreenShowsEveryFollowUpAndLogsNewOnes() {
        clickOn("#navCustomers");
        waitUntil(() -> lookup("Acme Pumps").tryQuery().isPresent());
        clickOn("Acme Pumps");
        waitUntil(() -> lookup("#followUpTimeline").tryQuery().isPresent() && timelineIds().size() == 4);
        assertThat(timelineIds()).containsExactly(quote.id(), callBack.id(), fair.id(), customerOnly.id());
        assertThat(shownCellText(quote, ".timeline-header")).contains(alpha.orderNo());
        assertThat(shownCellText(customerOnly, ".timeline-header")).doesNotContain(alpha.orderNo());

        clickOn("#timelineLog");
        waitForForm();
        assertThat(lookup("#followUpOrder").tryQuery()).isPresent();
        typeInForm("Called the new buyer");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        waitUntil(() -> timelineIds().size() == 5);
        FollowUp logged = ws.followUps().ofCustomer(acme.id()).get(0);
        assertThat(logged.summary()).isEqualTo("Called the new buyer");
        assertThat(logged.orderId()).isNull();
    }

    @Test
    void aNewNextStepReplacesTheOrdersOpenOneUnlessTheUserKeepsIt() {
        openAlphaFollowUps();
        clickOn("#timelineLog");
        waitForForm();
        typeInForm("Sent the drawing");
        clickOn("#followUpNextAction");
        write("Send samples");
        clickOn("#followUpDueTomorrow");
        clickOn("#followUpSave");
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        waitUntil(() -> ws.followUps().get(quote.id()).nextStep().doneAt() != null);
        assertThat(openSteps()).containsExactly("Send samples");

        clickOn("#timelineLog");
        waitForForm();
        typeInForm("Asked about a second line");
        clickOn("#followUpNextAction");
        write("Quote the second line");
        clickOn("#followUpDueTomorrow");
        clickOn("#followUpKeepEarlierStep");
        clickOn("#followUpSave");
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        waitUntil(() -> openSteps().size() == 2);
        assertThat(openSteps()).containsExactlyInAnyOrder("Send samples", "Quote the second line");
    }

    private List<String> openSteps() {
        return ws.followUps().ofOrder(alpha.id()).stream().filter(f -> f.nextStep() != null && f.nextStep().isOpen())
                .map(f -> f.nextStep().action()).toList();
    }
}
