package app.gendan.ui;

/** Navigation the screens ask of the main window. */
public interface UiActions {
    void openOrder(long orderId);

    void newOrder(Long customerId);

    void openCustomer(long customerId);

    /** Opens the follow-up form for a customer (and one of its orders, when given), focused and ready to type. */
    void logFollowUp(long customerId, Long orderId);

    /** Something was saved: screens showing it reload. */
    void dataChanged();
}
