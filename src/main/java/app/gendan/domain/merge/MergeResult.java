package app.gendan.domain.merge;

import java.util.List;
import java.util.Set;

/**
 * What a three-way merge found: the fields only the colleague changed ({@link #fromTheirs}, taken
 * from theirs) and the fields both changed in different ways ({@link #conflicts}, which the user
 * decides). Every other field keeps the user's value.
 */
public record MergeResult<D>(DraftFields<D> kind, D base, D mine, D theirs, List<String> fromTheirs,
                             List<String> conflicts) {

    public MergeResult {
        fromTheirs = List.copyOf(fromTheirs);
        conflicts = List.copyOf(conflicts);
    }

    public boolean hasConflicts() { return !conflicts.isEmpty(); }

    /** The merge when nothing conflicts (or every conflict keeps mine). */
    public D merged() { return resolve(Set.of()); }

    /** The merge with the conflicting fields in {@code takeTheirs} taken from theirs and the other conflicts kept mine. */
    public D resolve(Set<String> takeTheirs) {
        return kind.assemble(field -> fromTheirs.contains(field) || conflicts.contains(field) && takeTheirs.contains(field)
                ? theirs : mine);
    }
}
