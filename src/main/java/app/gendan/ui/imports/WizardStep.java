package app.gendan.ui.imports;

/** The pages of the import wizard, in order. */
public enum WizardStep {
    FILE, SHEETS, MAPPING, PREVIEW, IMPORTING, SUMMARY;

    /** The resource key of the page's title, e.g. {@code wizard.step.file}. */
    String titleKey() {
        return switch (this) {
            case FILE -> "wizard.step.file";
            case SHEETS -> "wizard.step.sheets";
            case MAPPING -> "wizard.step.mapping";
            case PREVIEW -> "wizard.step.preview";
            case IMPORTING -> "wizard.step.importing";
            case SUMMARY -> "wizard.step.summary";
        };
    }
}
