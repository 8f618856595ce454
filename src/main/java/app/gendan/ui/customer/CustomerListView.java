package app.gendan.ui.customer;

import app.gendan.domain.Customer;
import app.gendan.ui.AppContext;
import app.gendan.ui.UiActions;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** Customers: a searchable list on the left, the selected (or new) customer on the right. */
public final class CustomerListView {
    private static final int LIMIT = 500;

    private final AppContext ctx;
    private final TextField search = new TextField();
    private final ListView<Customer> list = new ListView<>();
    private final CustomerFormView form;
    private final SplitPane root;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));
    private long generation;

    public CustomerListView(AppContext ctx, UiActions actions) {
        this.ctx = ctx;
        this.form = new CustomerFormView(ctx, actions, c -> refresh());
        search.setId("customerSearch");
        search.setPromptText(ctx.text("customer.search"));
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(ctx.text("customer.new"), new FontIcon("mdi2p-plus"));
        add.setId("newCustomer");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            form.showNew();
        });
        list.setId("customerList");
        list.setPlaceholder(new Label(ctx.text("customer.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Customer c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + (c.grade() == null ? "" : "  [" + c.grade() + "]"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                form.show(c.id());
            }
        });
        debounce.setOnFinished(e -> refresh());
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        VBox left = new VBox(8, new HBox(6, search, add), list);
        left.getStyleClass().add("customer-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new SplitPane(left, form.root());
        root.setDividerPositions(0.32);
        refresh();
    }

    public Parent root() { return root; }

    public void refresh() {
        long g = ++generation;
        String text = search.getText();
        ctx.tasks().run(() -> ctx.workspace().customers().list(text, LIMIT), customers -> {
            if (g != generation) {
                return;
            }
            Customer selected = list.getSelectionModel().getSelectedItem();
            list.getItems().setAll(customers);
            if (selected != null) {
                customers.stream().filter(c -> c.id() == selected.id()).findFirst()
                        .ifPresent(c -> list.getSelectionModel().select(c));
            }
        }, ctx.errors()::show);
    }

    /** Shows one customer (from search or a duplicate warning). */
    public void open(long customerId) {
        list.getItems().stream().filter(c -> c.id() == customerId).findFirst()
                .ifPresentOrElse(c -> list.getSelectionModel().select(c), () -> form.show(customerId));
    }
}
