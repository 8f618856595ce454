package app.gendan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a follow-up timeline: the follow-ups whose next step is still open come first,
 * soonest due on top (that is what the rep acts on), then everything else newest first.
 */
public final class TimelineOrder {
    private TimelineOrder() {}

    public static List<FollowUp> arrange(List<FollowUp> followUps) {
        Comparator<FollowUp> newestFirst = Comparator.comparing(FollowUp::happenedAt).reversed()
                .thenComparing(Comparator.comparingLong(FollowUp::id).reversed());
        List<FollowUp> open = new ArrayList<>();
        List<FollowUp> rest = new ArrayList<>();
        for (FollowUp f : followUps) {
            (hasOpenStep(f) ? open : rest).add(f);
        }
        open.sort(Comparator.comparing((FollowUp f) -> f.nextStep().effectiveDue()).thenComparing(newestFirst));
        rest.sort(newestFirst);
        open.addAll(rest);
        return open;
    }

    public static boolean hasOpenStep(FollowUp f) {
        return f.nextStep() != null && f.nextStep().isOpen();
    }
}
