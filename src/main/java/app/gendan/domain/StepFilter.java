package app.gendan.domain;

/** The board's next-step filter: every card, only cards with an overdue step, or open orders with none. */
public enum StepFilter {
    ALL, OVERDUE, NO_NEXT_STEP;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
