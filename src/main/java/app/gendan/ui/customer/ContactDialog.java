package app.gendan.ui.customer;

import app.gendan.domain.Contact;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.Widgets;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;

/** Adds or edits one contact; returns the contact as typed (validated by the service on save). */
final class ContactDialog {
    private final AppContext ctx;

    ContactDialog(AppContext ctx) {
        this.ctx = ctx;
    }

    Optional<Contact> edit(Contact c, long customerId) {
        StringProperty name = prop(c == null ? null : c.name());
        StringProperty title = prop(c == null ? null : c.title());
        StringProperty phone = prop(c == null ? null : c.phone());
        StringProperty mobile = prop(c == null ? null : c.mobile());
        StringProperty email = prop(c == null ? null : c.email());
        StringProperty wechat = prop(c == null ? null : c.wechat());
        CheckBox primary = new CheckBox(ctx.text("contact.field.primary"));
        primary.setSelected(c != null && c.primary());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ctx.text(c == null ? "contact.new" : "contact.edit"));
        ButtonType ok = new ButtonType(ctx.text("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("contactOk");
        dialog.getDialogPane().setContent(new FormGrid()
                .add(ctx.text("contact.field.name"), null, Widgets.text("contactName", name))
                .add(ctx.text("contact.field.title"), null, Widgets.text("contactTitle", title))
                .add(ctx.text("contact.field.phone"), null, Widgets.text("contactPhone", phone))
                .add(ctx.text("contact.field.mobile"), null, Widgets.text("contactMobile", mobile))
                .add(ctx.text("contact.field.email"), null, Widgets.text("contactEmail", email))
                .add(ctx.text("contact.field.wechat"), null, Widgets.text("contactWechat", wechat))
                .add("", null, primary)
                .node());
        Widgets.owner().ifPresent(dialog::initOwner);
        Widgets.style(dialog.getDialogPane());
        return dialog.showAndWait().filter(b -> b == ok).map(b -> new Contact(c == null ? 0 : c.id(), customerId,
                v(name), v(title), v(phone), v(mobile), v(email), v(wechat), primary.isSelected()));
    }

    private static StringProperty prop(String s) {
        return new SimpleStringProperty(s == null ? "" : s);
    }

    private static String v(StringProperty p) {
        return p.get() == null || p.get().isBlank() ? null : p.get().trim();
    }
}
