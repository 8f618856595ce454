package app.gendan.ui.imports;

import app.gendan.service.imports.ImportBatchInfo;
import app.gendan.ui.AppContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Data page's state: the import batches, newest first, and reverting one on a background task. */
public final class DataViewModel {
    private final AppContext ctx;
    final ObservableList<ImportBatchInfo> batches = FXCollections.observableArrayList();
    final BooleanProperty reverting = new SimpleBooleanProperty();
    /** The outcome of the last import or revert, in words. */
    final StringProperty message = new SimpleStringProperty("");
    /** True when {@link #message} tells of a failure. */
    final BooleanProperty failed = new SimpleBooleanProperty();
    private long generation;

    public DataViewModel(AppContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<ImportBatchInfo> batches() { return batches; }

    public void load() {
        long g = ++generation;
        ctx.tasks().run(() -> ctx.workspace().imports().batches(), list -> {
            if (g == generation) {
                batches.setAll(list);
            }
        }, e -> tell(ctx.errors().text(e), true));
    }

    /** Reverts a batch as a whole, then reloads the list and runs {@code reverted} (on the FX thread). */
    void revert(ImportBatchInfo batch, Runnable reverted) {
        reverting.set(true);
        tell("", false);
        ctx.tasks().run(() -> ctx.workspace().imports().revert(batch.id()), info -> {
            reverting.set(false);
            tell(ctx.text("data.revert.done", info.id(), info.fileName()), false);
            load();
            reverted.run();
        }, e -> {
            reverting.set(false);
            tell(ctx.errors().text(e), true);
            load();
        });
    }

    void tell(String text, boolean error) {
        failed.set(error);
        message.set(text);
    }
}
