package app.gendan.ui.imports;

import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.SheetChoice;
import app.gendan.service.imports.SheetOffer;
import app.gendan.service.imports.SheetPlan;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One sheet of the inspected file as the wizard holds it: ticked or not, its header row, the plan
 * read with that header row, and the column mapping the user may have corrected.
 */
final class SheetRow {
    final SheetOffer offer;
    final BooleanProperty selected = new SimpleBooleanProperty();
    final IntegerProperty headerRow = new SimpleIntegerProperty();
    final ObjectProperty<SheetPlan> plan = new SimpleObjectProperty<>();
    final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    /** Counts header-row reloads, so a slow earlier one cannot overwrite a later one. */
    long planGeneration;

    SheetRow(SheetOffer offer) {
        this.offer = offer;
        SheetPlan p = offer.plan();
        selected.set(offer.importable());
        headerRow.set(p == null ? 1 : p.headerRow());
        plan.set(p);
        mapping.set(p == null ? null : p.mapping());
    }

    String name() {
        return offer.name();
    }

    void usePlan(SheetPlan p) {
        plan.set(p);
        mapping.set(p.mapping());
    }

    /** Ready to import: it has a header and data rows. */
    boolean ready() {
        return plan.get() != null && plan.get().hasData() && mapping.get() != null;
    }

    SheetChoice choice() {
        return new SheetChoice(name(), plan.get().headerRow(), mapping.get());
    }
}
