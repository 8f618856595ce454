package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemGroupTest {
    @Test
    void oneUnknownWordOnEveryRowOfALargeFileIsOneGroupWithItsCountAndFirstRows() {
        List<ImportProblem> problems = new ArrayList<>();
        for (int row = 2; row < 100_002; row++) {
            problems.add(new ImportProblem("跟进记录", row, "当前状态", Severity.WARNING, "imports.problem.unknownStage", List.of("待回访")));
        }
        problems.add(new ImportProblem("跟进记录", 7, "金额", Severity.WARNING, "imports.problem.badAmount", List.of("TBD")));
        problems.add(new ImportProblem("跟进记录", 9, "金额", Severity.WARNING, "imports.problem.badAmount", List.of("约5万")));
        problems.add(new ImportProblem("跟进记录", 11, "金额", Severity.WARNING, "imports.problem.badAmount", List.of("TBD")));
        problems.add(new ImportProblem("跟进记录", 12, null, Severity.ERROR, "imports.problem.noCustomer", List.of()));

        List<ProblemGroup> groups = ProblemGroup.of(problems);

        assertThat(groups).hasSize(3);
        ProblemGroup status = groups.get(0);
        assertThat(status.count()).isEqualTo(100_000);
        assertThat(status.column()).isEqualTo("当前状态");
        assertThat(status.first()).extracting(ImportProblem::row).containsExactly(2, 3, 4, 5, 6);
        assertThat(status.examples()).singleElement().satisfies(e -> assertThat(e.args()).containsExactly("待回访"));
        ProblemGroup amounts = groups.get(1);
        assertThat(amounts.count()).isEqualTo(3);
        assertThat(amounts.examples()).extracting(e -> e.args().get(0)).containsExactly("TBD", "约5万");
        assertThat(groups.get(2).column()).isNull();
        assertThat(groups.get(2).severity()).isEqualTo(Severity.ERROR);
    }
}
