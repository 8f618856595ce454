package app.gendan.ui.order;

import app.gendan.domain.OrderLine;
import app.gendan.ui.UiFormats;
import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable order line; its amount follows quantity × unit price as the user types. */
public final class LineRow {
    final StringProperty product = new SimpleStringProperty("");
    final StringProperty model = new SimpleStringProperty("");
    final StringProperty spec = new SimpleStringProperty("");
    final StringProperty quantity = new SimpleStringProperty("");
    final StringProperty unitPrice = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    private final ObjectBinding<BigDecimal> amount;

    LineRow(UiFormats formats) {
        amount = Bindings.createObjectBinding(() -> {
            BigDecimal q = parseOrZero(formats, quantity.get());
            BigDecimal p = parseOrZero(formats, unitPrice.get());
            return new OrderLine("", null, null, q, p).amount();
        }, quantity, unitPrice);
    }

    static LineRow of(OrderLine line, UiFormats formats) {
        LineRow r = new LineRow(formats);
        r.product.set(nz(line.product()));
        r.model.set(nz(line.model()));
        r.spec.set(nz(line.spec()));
        r.quantity.set(line.quantity() == null ? "" : line.quantity().stripTrailingZeros().toPlainString());
        r.unitPrice.set(line.unitPrice() == null ? "" : line.unitPrice().stripTrailingZeros().toPlainString());
        return r;
    }

    ObjectBinding<BigDecimal> amount() { return amount; }

    private static BigDecimal parseOrZero(UiFormats f, String s) {
        try {
            BigDecimal n = f.parseNumber(s);
            return n == null ? BigDecimal.ZERO : n;
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
