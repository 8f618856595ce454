package app.gendan.domain;

import java.util.Locale;

/**
 * What the board shows: one owner (null = everyone), one priority (null = all) and free text
 * matched against order no, title and customer name.
 */
public record BoardFilter(Long ownerId, Priority priority, String text) {
    public static final BoardFilter ALL = new BoardFilter(null, null, null);

    public boolean matches(BoardCard card) {
        if (ownerId != null && card.ownerId() != ownerId) {
            return false;
        }
        if (priority != null && card.priority() != priority) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.trim().toLowerCase(Locale.ROOT);
        return contains(card.orderNo(), needle) || contains(card.title(), needle) || contains(card.customerName(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
