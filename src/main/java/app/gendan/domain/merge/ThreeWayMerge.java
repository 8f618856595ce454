package app.gendan.domain.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges, field by field, the draft as it was loaded (base), as the user has it now (mine) and as
 * a colleague saved it meanwhile (theirs): a field only I changed stays mine, one only they
 * changed becomes theirs, one both changed to the same value keeps it, and one both changed
 * differently is a conflict.
 */
public final class ThreeWayMerge {
    private ThreeWayMerge() {}

    public static <D> MergeResult<D> merge(DraftFields<D> kind, D base, D mine, D theirs) {
        List<String> fromTheirs = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (MergeField<D> f : kind.fields()) {
            Object b = f.value().apply(base);
            Object m = f.value().apply(mine);
            Object t = f.value().apply(theirs);
            boolean iChanged = !Objects.equals(b, m);
            boolean theyChanged = !Objects.equals(b, t);
            if (theyChanged && !iChanged) {
                fromTheirs.add(f.name());
            } else if (theyChanged && !Objects.equals(m, t)) {
                conflicts.add(f.name());
            }
        }
        return new MergeResult<>(kind, base, mine, theirs, fromTheirs, conflicts);
    }

    /** The fields whose values differ between {@code a} and {@code b} (empty: the user changed nothing). */
    public static <D> List<String> changed(DraftFields<D> kind, D a, D b) {
        return kind.fields().stream()
                .filter(f -> !Objects.equals(f.value().apply(a), f.value().apply(b)))
                .map(MergeField::name)
                .toList();
    }
}
