package app.gendan.service.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One kind of problem in one column (or with whole rows), however many rows have it: its count,
 * the first rows where it occurs and the first few distinct messages as examples. A 100,000-row file
 * whose status column holds one unknown word on every row reads as one line, not 100,000.
 */
public record ProblemGroup(Severity severity, String messageKey, String column, int count,
                           List<ImportProblem> first, List<ImportProblem> examples) {
    /** How many rows a group names, and how many distinct examples it keeps. */
    public static final int FIRST_ROWS = 5;
    public static final int EXAMPLES = 3;

    public ProblemGroup {
        first = List.copyOf(first);
        examples = List.copyOf(examples);
    }

    /** The problems grouped by severity, message and column, in the order each group first occurs. */
    public static List<ProblemGroup> of(List<ImportProblem> problems) {
        Map<List<Object>, Builder> groups = new LinkedHashMap<>();
        for (ImportProblem p : problems) {
            groups.computeIfAbsent(java.util.Arrays.asList(p.severity(), p.messageKey(), p.column()), k -> new Builder(p)).add(p);
        }
        List<ProblemGroup> out = new ArrayList<>();
        groups.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private static final class Builder {
        private final ImportProblem head;
        private final List<ImportProblem> first = new ArrayList<>();
        private final List<ImportProblem> examples = new ArrayList<>();
        private int count;

        Builder(ImportProblem head) {
            this.head = head;
        }

        void add(ImportProblem p) {
            count++;
            if (first.size() < FIRST_ROWS) {
                first.add(p);
            }
            if (examples.size() < EXAMPLES && examples.stream().noneMatch(e -> Objects.equals(e.args(), p.args()))) {
                examples.add(p);
            }
        }

        ProblemGroup build() {
            return new ProblemGroup(head.severity(), head.messageKey(), head.column(), count, first, examples);
        }
    }
}
