package app.gendan.domain.merge;

import java.util.List;
import java.util.function.Function;

/** The fields of one kind of draft, in the order a form shows them, and how a draft is put together from several. */
public interface DraftFields<D> {
    List<MergeField<D>> fields();

    /** A draft whose every field is copied from the draft {@code source} names for that field. */
    D assemble(Function<String, D> source);
}
