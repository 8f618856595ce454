package app.gendan.ui.merge;

import app.gendan.domain.StaleEditException;
import app.gendan.domain.merge.DraftFields;
import app.gendan.domain.merge.MergeResult;
import app.gendan.domain.merge.ThreeWayMerge;
import app.gendan.ui.AppContext;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;

/**
 * What a form does when its save was refused because a colleague saved the record after it was
 * loaded. Their version is read in the background and merged, field by field, with what the user
 * typed, against the version the form was loaded from. Without conflicts the merge goes on
 * screen with a note naming what the colleague changed; with conflicts a dialog asks per field.
 * Nothing is saved here: the user looks and clicks Save again, which then goes against the
 * colleague's version. The user's input is never thrown away: Cancel, a record deleted meanwhile
 * and a failed read all leave the form exactly as it was.
 */
public final class StaleMerge<R, D> {

    /** What a form gives the merge. {@code R} is the colleague's record with what the form shows beside it. */
    public interface Form<R, D> {
        /** The draft as it was when editing started (or as the last merge left it). */
        D base();

        /** The draft as typed now; empty when a field does not read (the form then shows which). */
        Optional<D> mine();

        /** The colleague's record as this form's draft. */
        D draftOf(R theirs);

        /** How the fields are named and shown, knowing what was read with the colleague's record. */
        FieldTexts<D> texts(R theirs);

        /** Puts {@code merged} on screen and makes {@code theirs} the version the next save is checked against. */
        void apply(R theirs, D merged);

        /** The window the conflict dialog belongs to. */
        Window window();
    }

    private final AppContext ctx;
    private final DraftFields<D> kind;
    private final Form<R, D> form;
    private final StringProperty note;

    public StaleMerge(AppContext ctx, DraftFields<D> kind, Form<R, D> form, StringProperty note) {
        this.ctx = ctx;
        this.kind = kind;
        this.form = form;
        this.note = note;
    }

    /** Reads the colleague's version with {@code loadTheirs} (in the background), then merges; {@code loaded} runs once it is read or failed. */
    public void run(Callable<R> loadTheirs, Runnable loaded) {
        ctx.tasks().run(loadTheirs, theirs -> Platform.runLater(() -> {
            // after this task has finished, so the window does not look busy while the dialog asks
            loaded.run();
            merge(theirs);
        }), e -> {
            loaded.run();
            if (e instanceof StaleEditException) {
                // reading it again found nothing: the colleague deleted it
                note.set(ctx.text("merge.deleted"));
            } else {
                ctx.errors().show(e);
                note.set(ctx.text("merge.notLoaded"));
            }
        });
    }

    private void merge(R theirs) {
        Optional<D> mine = form.mine();
        if (mine.isEmpty()) {
            note.set(ctx.text("merge.fixFirst"));
            return;
        }
        MergeResult<D> result = ThreeWayMerge.merge(kind, form.base(), mine.get(), form.draftOf(theirs));
        FieldTexts<D> texts = form.texts(theirs);
        String taken = MergeSentences.fields(ctx, texts, result.fromTheirs());
        if (!result.hasConflicts()) {
            form.apply(theirs, result.merged());
            note.set(taken.isEmpty() ? ctx.text("merge.nothingTaken") : ctx.text("merge.taken", taken));
            return;
        }
        Optional<Set<String>> choice = ConflictDialog.ask(ctx, form.window(), result, texts);
        if (choice.isEmpty()) {
            note.set(ctx.text("merge.cancelled"));
            return;
        }
        form.apply(theirs, result.resolve(choice.get()));
        note.set(taken.isEmpty() ? ctx.text("merge.resolved") : ctx.text("merge.resolvedTaken", taken));
    }
}
