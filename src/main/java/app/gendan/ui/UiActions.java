package app.gendan.ui;

/** Navigation the screens ask of the main window. */
public interface UiActions {
    void openOrder(long orderId);

    void newOrder(Long customerId);

    void openCustomer(long customerId);

    /** Opens the follow-up form for a customer (and one of its orders, when given), focused and ready to type. */
    void logFollowUp(long customerId, Long orderId);

    /** Records of {@code entity} (an order, a follow-up, ...) were saved: the screens showing them reload. */
    void dataChanged(String entity);

    /** Anything may have changed (an import, a revert): every screen reloads. */
    default void dataChanged() {
        dataChanged(null);
    }
}
