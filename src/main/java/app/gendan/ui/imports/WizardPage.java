package app.gendan.ui.imports;

import javafx.scene.Node;

/** One page of the import wizard. */
interface WizardPage {
    Node root();

    /** Called each time the page comes into view, to rebuild from the model. */
    default void shown() { }

    /** The control to focus once the page shows, or null for the Next button. */
    default Node focusTarget() { return null; }
}
