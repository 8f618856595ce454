package app.gendan.ui.imports;

import javafx.scene.Node;

/** One page of the import wizard. */
interface WizardPage {
    Node root();

    /** Called each time the page comes into view, to rebuild from the model and place the focus. */
    default void shown() { }
}
