package app.gendan.domain.report;

import java.math.BigDecimal;

/** One open stage of a pipeline in the funnel: how many open orders sit in it and their amount. */
public record FunnelStage(String pipelineName, String stageName, int position, long openCount, BigDecimal amount) {}
