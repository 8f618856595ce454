package app.gendan.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What the board shows: one owner (null = everyone), one priority (null = all), free text
 * matched against order no, title and customer name, and a next-step filter. Overdue is judged
 * at {@code now} in {@code zone}, both needed only when {@code steps} is OVERDUE.
 */
public record BoardFilter(Long ownerId, Priority priority, String text, StepFilter steps, Instant now, ZoneId zone) {
    public static final BoardFilter ALL = new BoardFilter(null, null, null);

    public BoardFilter {
        steps = steps == null ? StepFilter.ALL : steps;
    }

    public BoardFilter(Long ownerId, Priority priority, String text) {
        this(ownerId, priority, text, StepFilter.ALL, null, null);
    }

    public boolean matches(BoardCard card) {
        if (ownerId != null && card.ownerId() != ownerId) {
            return false;
        }
        if (priority != null && card.priority() != priority) {
            return false;
        }
        if (!matchesSteps(card)) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.trim().toLowerCase(Locale.ROOT);
        return contains(card.orderNo(), needle) || contains(card.title(), needle) || contains(card.customerName(), needle);
    }

    private boolean matchesSteps(BoardCard card) {
        return switch (steps) {
            case ALL -> true;
            case NO_NEXT_STEP -> card.nextStep() == null;
            case OVERDUE -> NextStepState.of(card.nextStep(), now, zone) == NextStepState.OVERDUE;
        };
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
