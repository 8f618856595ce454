package app.gendan.ui.order;

import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.FieldError;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.Widgets;
import app.gendan.ui.customer.CustomerCreation;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** "New customer" from the order form: name and phone, with the usual duplicate check. */
final class QuickCustomerDialog {
    private final AppContext ctx;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    QuickCustomerDialog(AppContext ctx) {
        this.ctx = ctx;
    }

    /** {@code onPicked} gets the new customer, or the existing one the user chose to use instead. */
    void show(Consumer<Customer> onPicked) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ctx.text("customer.new"));
        ButtonType create = new ButtonType(ctx.text("button.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ctx.text("button.cancel"));
        dialog.getDialogPane().setId("quickCustomer");
        dialog.getDialogPane().setContent(new FormGrid()
                .add(ctx.text("customer.field.name"), "name", Widgets.text("quickCustomerName", name))
                .add(ctx.text("customer.field.phone"), "phone", Widgets.text("quickCustomerPhone", phone))
                .bindErrors(errors).node());
        Button ok = (Button) dialog.getDialogPane().lookupButton(create);
        ok.setId("quickCustomerCreate");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            errors.clear();
            CustomerDraft draft = CustomerDraft.named(name.get()).withPhone(phone.get().isBlank() ? null : phone.get());
            Consumer<Customer> done = c -> {
                onPicked.accept(c);
                dialog.setResult(create);
                dialog.close();
            };
            new CustomerCreation(ctx).create(draft, List.of(), done, done, v -> {
                for (FieldError fe : v.errors()) {
                    errors.putIfAbsent(fe.field(), ctx.text(fe.messageKey(), fe.args().toArray()));
                }
            });
        });
        Widgets.owner().ifPresent(dialog::initOwner);
        Widgets.style(dialog.getDialogPane());
        dialog.show();
    }
}
