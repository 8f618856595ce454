package app.gendan.domain;

/** A global search result: a customer or an order, with the line to show for it. */
public record SearchHit(Kind kind, long id, String label, String detail) {
    public enum Kind { CUSTOMER, ORDER }
}
