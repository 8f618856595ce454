package app.gendan.service.imports;

/** How a column's text is turned into a value. */
public enum ValueKind {
    TEXT, PHONE, EMAIL, DATE, MONEY, QUANTITY, CURRENCY, STAGE, PRIORITY, FOLLOW_UP_METHOD, GRADE
}
