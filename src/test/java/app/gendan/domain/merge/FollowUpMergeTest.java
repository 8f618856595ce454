package app.gendan.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.FollowUp;
import app.gendan.domain.FollowUpDraft;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.NextStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The follow-up's fields: the moment to the minute, the due date with its time, the owner of a next step. */
class FollowUpMergeTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-03-02T02:15:42.123Z");

    private static FollowUpDraft draft(Instant at, FollowUpMethod method, String summary, String action, LocalDate date,
                                       LocalTime time, Long owner) {
        return new FollowUpDraft(3, 11L, at, method, summary, null, null, action, date, time, owner);
    }

    @Test
    void aStoredFollowUpReadsAsTheDraftItsFormWouldGive() {
        Instant due = LocalDate.of(2026, 3, 5).atTime(15, 30).atZone(ZONE).toInstant();
        FollowUp stored = new FollowUp(20, 3, 11L, AT, FollowUpMethod.PHONE, "Called", null, null,
                new NextStep("Send quote", due, true, 7, null, null), 4, 7L, "Tess");
        // what the form gives back untouched: the moment to the minute, the time as typed
        FollowUpDraft form = draft(Instant.parse("2026-03-02T02:15:00Z"), FollowUpMethod.PHONE, "Called", "Send quote",
                LocalDate.of(2026, 3, 5), LocalTime.of(15, 30), 7L);

        assertThat(ThreeWayMerge.changed(FollowUpDraftFields.INSTANCE, stored.toDraft(ZONE), form)).isEmpty();
    }

    @Test
    void theirMethodAndMySummaryMerge() {
        FollowUpDraft base = draft(AT, FollowUpMethod.PHONE, "Met at the fair", null, null, null, null);
        FollowUpDraft mine = draft(AT, FollowUpMethod.PHONE, "Met at the fair again", null, null, null, 7L);
        FollowUpDraft theirs = draft(AT, FollowUpMethod.VISIT, "Met at the fair", null, null, null, null);

        MergeResult<FollowUpDraft> r = ThreeWayMerge.merge(FollowUpDraftFields.INSTANCE, base, mine, theirs);

        assertThat(r.hasConflicts()).isFalse();
        assertThat(r.fromTheirs()).containsExactly("method");
        assertThat(r.merged().summary()).isEqualTo("Met at the fair again");
        assertThat(r.merged().method()).isEqualTo(FollowUpMethod.VISIT);
    }

    @Test
    void theDueDateAndTimeMergeAsOneField() {
        FollowUpDraft base = draft(AT, FollowUpMethod.PHONE, "x", "Call back", LocalDate.of(2026, 3, 5), null, 7L);
        FollowUpDraft mine = draft(AT, FollowUpMethod.PHONE, "x", "Call back", LocalDate.of(2026, 3, 5), LocalTime.of(9, 0), 7L);
        FollowUpDraft theirs = draft(AT, FollowUpMethod.PHONE, "x", "Call back", LocalDate.of(2026, 3, 6), null, 8L);

        MergeResult<FollowUpDraft> r = ThreeWayMerge.merge(FollowUpDraftFields.INSTANCE, base, mine, theirs);

        assertThat(r.conflicts()).containsExactly("nextDue");
        assertThat(r.fromTheirs()).containsExactly("nextOwner");
        FollowUpDraft chosen = r.resolve(Set.of("nextDue"));
        assertThat(chosen.nextDueDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(chosen.nextDueTime()).isNull();
        assertThat(chosen.nextOwnerId()).isEqualTo(8L);
    }

    @Test
    void theOwnerOfNoNextStepIsNoChange() {
        FollowUpDraft base = draft(AT, FollowUpMethod.PHONE, "x", null, null, null, null);
        FollowUpDraft mine = draft(AT, FollowUpMethod.PHONE, "x", " ", null, null, 7L);

        assertThat(ThreeWayMerge.changed(FollowUpDraftFields.INSTANCE, base, mine)).isEmpty();
    }

    @Test
    void bothEditingTheSummaryConflicts() {
        FollowUpDraft base = draft(AT, FollowUpMethod.PHONE, "Met", null, null, null, null);
        MergeResult<FollowUpDraft> r = ThreeWayMerge.merge(FollowUpDraftFields.INSTANCE, base,
                draft(AT, FollowUpMethod.PHONE, "Met twice", null, null, null, null),
                draft(AT, FollowUpMethod.PHONE, "Met (their note)", null, null, null, null));

        assertThat(r.conflicts()).containsExactly("summary");
        assertThat(r.merged().summary()).isEqualTo("Met twice");
        assertThat(r.resolve(Set.of("summary")).summary()).isEqualTo("Met (their note)");
    }
}
