package app.gendan.ui;

/** Navigation the screens ask of the main window. */
public interface UiActions {
    void openOrder(long orderId);

    void newOrder(Long customerId);

    void openCustomer(long customerId);

    /** Something was saved: screens showing it reload. */
    void dataChanged();
}
