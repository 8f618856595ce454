package app.gendan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.BoardFilter;
import app.gendan.domain.GendanException;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataServiceTest {
    @TempDir
    Path dir;

    @Test
    void demoFillsEveryStageOnceAndOnlyIntoAnEmptyDatabase() {
        TestWorkspace t = TestWorkspace.create(dir);
        try (t.ws) {
            assertThat(t.ws.demo().databaseIsEmpty()).isTrue();
            DemoDataService.Summary s = t.ws.demo().load(t.messages);

            assertThat(s.customers()).isEqualTo(12);
            assertThat(s.orders()).isEqualTo(43);
            var model = t.ws.board().load(t.pipeline.id()).model(BoardFilter.ALL);
            assertThat(model.totalCount()).isEqualTo(42); // one demo order is already won
            assertThat(model.columns()).allSatisfy(c -> assertThat(c.count()).isPositive());
            // the signed-in user "wangwu" is also a demo login: reused, not duplicated
            assertThat(s.users()).isEqualTo(2);
            assertThat(t.ws.users().all()).hasSize(3);
            assertThatThrownBy(() -> t.ws.demo().load(t.messages)).isInstanceOf(GendanException.class);
        }
    }
}
