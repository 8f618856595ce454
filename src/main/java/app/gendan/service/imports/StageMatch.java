package app.gendan.service.imports;

import app.gendan.domain.OrderStatus;

/**
 * What a status word means: an open order in the named stage of the default pipeline
 * ({@code stageName} set, status OPEN), a closed outcome (WON, LOST, CANCELLED; no stage),
 * just "open" with no stage information ({@code stageName} null, status OPEN), or a word about the
 * follow-up rather than the order ({@code result} set: 待回访, 未接通, Attempted): the follow-up's
 * result, leaving the order's stage alone.
 */
public record StageMatch(String stageName, OrderStatus status, String result) {

    public StageMatch(String stageName, OrderStatus status) {
        this(stageName, status, null);
    }

    /** The word, as the file writes it, as a follow-up's result. */
    public static StageMatch followUpResult(String word) {
        return new StageMatch(null, OrderStatus.OPEN, word);
    }

    public static StageMatch stage(String name) {
        return new StageMatch(name, OrderStatus.OPEN);
    }

    public static StageMatch outcome(OrderStatus status) {
        return new StageMatch(null, status);
    }
}
