package app.gendan.ui.notify;

import app.gendan.service.Reminder;
import app.gendan.service.ReminderBatch;
import java.util.List;

/**
 * What one batch of reminders turns into on screen, decided apart from the screen so it can be
 * tested: the missed ones (due while Gendan was closed) become one summary; fresh ones a popup
 * each, or one grouped popup when there are too many to read; and an OS notification too when
 * the window is minimised or in the background, where a popup would go unseen.
 */
public record NoticePlan(List<Reminder> summary, List<Reminder> popups, List<Reminder> grouped, boolean osNotice) {
    /** More fresh reminders than this at once are shown as one popup pointing to Today. */
    public static final int MAX_POPUPS = 3;

    public static NoticePlan of(ReminderBatch batch, boolean windowActive) {
        List<Reminder> fresh = batch.fresh();
        boolean tooMany = fresh.size() > MAX_POPUPS;
        return new NoticePlan(batch.missed(), tooMany ? List.of() : fresh, tooMany ? fresh : List.of(),
                !windowActive && !batch.isEmpty());
    }

    public boolean isEmpty() { return summary.isEmpty() && popups.isEmpty() && grouped.isEmpty(); }
}
