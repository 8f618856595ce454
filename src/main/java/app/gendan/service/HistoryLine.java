package app.gendan.service;

import java.time.Instant;

/** One line of an order's history, already in words: "王五 moved 报价 → 合同签订, 2026-11-20 14:03". */
public record HistoryLine(Instant at, String who, String text) {}
