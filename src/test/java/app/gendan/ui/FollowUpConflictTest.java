package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The follow-up form when a colleague saved the same follow-up (or completed the same step) after it was opened. */
class FollowUpConflictTest extends ConflictTestBase {
    private Customer acme;
    private SalesOrder alpha;
    private FollowUp fair;
    private FollowUp quote;

    @Override
    protected void seed() {
        acme = customer("Acme Pumps");
        alpha = order("Alpha valves", acme, "100", Priority.NORMAL, me.id());
        Instant at = ws.clock().instant().minus(Duration.ofDays(2));
        fair = ws.followUps().log(new FollowUpDraft(acme.id(), alpha.id(), at, FollowUpMethod.PHONE, "Met at the fair",
                null, null, null, null, null, null));
        quote = ws.followUps().log(new FollowUpDraft(acme.id(), alpha.id(), at.plusSeconds(60), FollowUpMethod.PHONE,
                "Asked for a quote", null, null, "Send quote", LocalDate.now(ws.clock()).plusDays(2), null, me.id()));
    }

    @SuppressWarnings("unchecked")
    private ListView<FollowUp> timeline() {
        return lookup("#followUpTimeline").queryAs(ListView.class);
    }

    private void openAlphaFollowUps() {
        doubleClickOn("#card-" + alpha.orderNo());
        waitUntil(() -> lookup("#tab-followups").tryQuery().isPresent());
        clickOn("#tab-followups");
        waitUntil(() -> lookup("#followUpTimeline").tryQuery().isPresent() && timeline().getItems().size() == 2);
    }

    /** Opens the follow-up form on {@code f} from the order's timeline: select it, then Enter (edit) or D (complete). */
    private void openForm(FollowUp f, KeyCode key) {
        openAlphaFollowUps();
        clickOn("#followup-" + f.id());
        type(key);
        waitUntil(() -> lookup("#followUpSummary").tryQuery().map(n -> n.isFocused()).orElse(false));
    }

    private void colleagueEdits(UnaryOperator<FollowUpDraft> change) {
        FollowUp now = colleague.followUps().get(fair.id());
        colleague.followUps().update(now.id(), now.version(), change.apply(now.toDraft(colleague.zone())));
    }

    private static FollowUpDraft with(FollowUpDraft d, FollowUpMethod method, String summary) {
        return new FollowUpDraft(d.customerId(), d.orderId(), d.happenedAt(), method, summary, d.feedback(),
                d.resultStatus(), d.nextAction(), d.nextDueDate(), d.nextDueTime(), d.nextOwnerId());
    }

    private FollowUp stored(FollowUp f) {
        return colleague.followUps().get(f.id());
    }

    private Object method() {
        return fx(() -> lookup("#followUpMethod").queryAs(ComboBox.class).getValue());
    }

    @Test
    void aSummaryBothChangedIsAskedAboutAndTheColleaguesMethodIsTakenIn() {
        openForm(fair, KeyCode.ENTER);
        colleagueEdits(d -> with(d, FollowUpMethod.VISIT, "Met at the fair (colleague's note)"));

        retype("#followUpSummary", "Met at the fair, twice");
        retype("#followUpResult", "Interested");
        clickOn("#followUpSave");

        waitForConflictDialog();
        assertThat(cell("#theirs-summary")).isEqualTo("Met at the fair (colleague's note)");
        assertThat(cell("#mine-summary")).isEqualTo("Met at the fair, twice");
        assertThat(cell("#conflictTaken")).isEqualTo(
                messages.get("merge.dialog.taken", messages.get("followup.field.method")));
        clickOn("#conflictApply");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.resolvedTaken", messages.get("followup.field.method")));
        assertThat(text("#followUpSummary")).isEqualTo("Met at the fair, twice");
        assertThat(method()).isEqualTo(FollowUpMethod.VISIT);
        assertThat(stored(fair).summary()).isEqualTo("Met at the fair (colleague's note)");

        clickOn("#followUpSave");
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        FollowUp saved = stored(fair);
        assertThat(saved.summary()).isEqualTo("Met at the fair, twice");
        assertThat(saved.method()).isEqualTo(FollowUpMethod.VISIT);
        assertThat(saved.resultStatus()).isEqualTo("Interested");
    }

    @Test
    void cancelLeavesTheFormOpenWithWhatWasTyped() {
        openForm(fair, KeyCode.ENTER);
        colleagueEdits(d -> with(d, d.method(), "Met at the fair (colleague's note)"));

        retype("#followUpSummary", "Met at the fair, twice");
        clickOn("#followUpSave");
        waitForConflictDialog();
        clickOn("#conflictCancel");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.cancelled"));
        assertThat(lookup("#followUpForm").tryQuery()).isPresent();
        assertThat(text("#followUpSummary")).isEqualTo("Met at the fair, twice");
        assertThat(stored(fair).summary()).isEqualTo("Met at the fair (colleague's note)");
    }

    @Test
    void aColleaguesMethodAloneIsTakenInAndTheNextSaveStoresBoth() {
        openForm(fair, KeyCode.ENTER);
        colleagueEdits(d -> with(d, FollowUpMethod.VISIT, d.summary()));

        retype("#followUpFeedback", "Wants a sample");
        clickOn("#followUpSave");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.taken", messages.get("followup.field.method")));
        assertThat(method()).isEqualTo(FollowUpMethod.VISIT);
        assertThat(lookup("#conflictDialog").tryQuery()).isEmpty();

        clickOn("#followUpSave");
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        assertThat(stored(fair).feedback()).isEqualTo("Wants a sample");
        assertThat(stored(fair).method()).isEqualTo(FollowUpMethod.VISIT);
        waitUntil(() -> timeline().getItems().stream().anyMatch(f -> f.id() == fair.id() && "Wants a sample".equals(f.feedback())));
    }

    @Test
    void anOutcomeForAStepAColleagueCompletedFirstIsLoggedAsANewFollowUp() {
        openForm(quote, KeyCode.D);
        FollowUp now = colleague.followUps().get(quote.id());
        colleague.followUps().complete(now.id(), now.version(), null);

        retype("#followUpSummary", "Quote sent by mail");
        clickOn("#followUpSave");
        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.step.done"));
        assertThat(text("#followUpSummary")).isEqualTo("Quote sent by mail");
        assertThat(fx(() -> lookup("#followUpSave").queryAs(Button.class).getText())).isEqualTo(messages.get("button.save"));
        assertThat(lookup("#followUpDoneOnly").tryQuery()).isEmpty();

        clickOn("#followUpSave");
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        assertThat(colleague.followUps().ofOrder(alpha.id())).anyMatch(f -> f.summary().equals("Quote sent by mail"));
        assertThat(stored(quote).nextStep().doneAt()).isNotNull();
    }

    @Test
    void aFollowUpAColleagueDeletedKeepsTheFormOpenWithWhatWasTyped() {
        openForm(fair, KeyCode.ENTER);
        FollowUp now = colleague.followUps().get(fair.id());
        colleague.followUps().delete(now.id(), now.version());

        retype("#followUpSummary", "Met at the fair, twice");
        clickOn("#followUpSave");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.deleted"));
        assertThat(text("#followUpSummary")).isEqualTo("Met at the fair, twice");
        assertThat(lookup("#errorDialog").tryQuery()).isEmpty();
    }

    @Test
    void aStepAColleagueSnoozedIsCompletedWithTheOutcomeOnTheNextSave() {
        openForm(quote, KeyCode.D);
        FollowUp now = colleague.followUps().get(quote.id());
        colleague.followUps().snooze(now.id(), now.version(), ws.clock().instant().plus(Duration.ofDays(1)));

        retype("#followUpSummary", "Quote sent by mail");
        clickOn("#followUpSave");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).startsWith(messages.get("merge.step.changed", "").substring(0, 20));
        assertThat(text("#followUpSummary")).isEqualTo("Quote sent by mail");
        assertThat(stored(quote).nextStep().doneAt()).isNull();

        clickOn("#followUpSave");
        waitUntil(() -> lookup("#followUpForm").tryQuery().isEmpty());
        assertThat(stored(quote).nextStep().doneAt()).isNotNull();
        assertThat(colleague.followUps().ofOrder(alpha.id())).anyMatch(f -> f.summary().equals("Quote sent by mail"));
    }
}
