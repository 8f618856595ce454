package app.gendan.ui.customer;

import app.gendan.domain.Contact;
import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.ValidationException;
import app.gendan.service.DuplicateCustomerException;
import app.gendan.ui.AppContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Creates a customer, and when it looks like one that exists asks the user: open the existing
 * one, create it anyway, or go back to the form.
 */
public final class CustomerCreation {
    private final AppContext ctx;

    public CustomerCreation(AppContext ctx) {
        this.ctx = ctx;
    }

    public void create(CustomerDraft draft, List<Contact> contacts, Consumer<Customer> onCreated,
                       Consumer<Customer> onOpenExisting, Consumer<ValidationException> onInvalid) {
        run(draft, contacts, false, onCreated, onOpenExisting, onInvalid);
    }

    private void run(CustomerDraft draft, List<Contact> contacts, boolean confirmed, Consumer<Customer> onCreated,
                     Consumer<Customer> onOpenExisting, Consumer<ValidationException> onInvalid) {
        ctx.tasks().run(() -> ctx.workspace().customers().create(draft, contacts, confirmed), onCreated, e -> {
            if (e instanceof DuplicateCustomerException dup) {
                switch (ask(dup)) {
                    case OPEN -> onOpenExisting.accept(dup.existing().get(0));
                    case CREATE -> run(draft, contacts, true, onCreated, onOpenExisting, onInvalid);
                    case CANCEL -> { }
                }
            } else if (e instanceof ValidationException v) {
                onInvalid.accept(v);
            } else {
                ctx.errors().show(e);
            }
        });
    }

    private enum Answer { OPEN, CREATE, CANCEL }

    private Answer ask(DuplicateCustomerException dup) {
        ButtonType open = new ButtonType(ctx.text("customer.duplicate.open"), ButtonBar.ButtonData.YES);
        ButtonType create = new ButtonType(ctx.text("customer.duplicate.create"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(ctx.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String names = dup.existing().stream().map(c -> "• " + c.name() + (c.phone() == null ? "" : "  " + c.phone()))
                .collect(Collectors.joining("\n"));
        Alert alert = ctx.errors().alert(Alert.AlertType.WARNING, ctx.text("customer.duplicate.title"),
                ctx.text("customer.duplicate.text", names));
        alert.setHeaderText(ctx.messages().of(dup));
        alert.getButtonTypes().setAll(open, create, cancel);
        alert.getDialogPane().setId("duplicateDialog");
        alert.getDialogPane().lookupButton(open).setId("duplicateOpen");
        alert.getDialogPane().lookupButton(create).setId("duplicateCreate");
        alert.getDialogPane().lookupButton(cancel).setId("duplicateCancel");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == open) {
            return Answer.OPEN;
        }
        return answer.isPresent() && answer.get() == create ? Answer.CREATE : Answer.CANCEL;
    }
}
