package app.gendan.service.imports;

import app.gendan.domain.OrderStatus;

/**
 * What a status word means: an open order in the named stage of the default pipeline
 * ({@code stageName} set, status OPEN), a closed outcome (WON, LOST, CANCELLED; no stage), or
 * just "open" with no stage information ({@code stageName} null, status OPEN).
 */
public record StageMatch(String stageName, OrderStatus status) {

    public static StageMatch stage(String name) {
        return new StageMatch(name, OrderStatus.OPEN);
    }

    public static StageMatch outcome(OrderStatus status) {
        return new StageMatch(null, status);
    }
}
