package app.gendan.service.imports.map;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.MixedTexts;
import app.gendan.service.imports.StageMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage word mapper's fast paths give what its patterns give. */
class StageWordFastPathTest {
    @Test
    void patternsAreOnlySkippedWhenTheyWouldChangeNothing() {
        int[] skipped = new int[2];
        for (String s : MixedTexts.of(100_000, 11)) {
            if (!StageWordMapper.hasDashes(s)) {
                skipped[0]++;
                assertThat(StageWordMapper.DASHES.matcher(s).replaceAll(" ")).as(s).isEqualTo(s);
            }
            if (!StageWordMapper.hasPunctuation(s)) {
                skipped[1]++;
                assertThat(StageWordMapper.PUNCTUATION.matcher(s).replaceAll("")).as(s).isEqualTo(s);
            }
        }
        for (int n : skipped) {
            assertThat(n).as("every guard skips its pattern often").isGreaterThan(1_000);
        }
    }

    @Test
    void stageWordsMapTheSameTheSecondTime() {
        StageWordMapper mapper = new StageWordMapper();
        for (String w : List.of("已报价", "报价中", "Proposal Made", "closed-won", "未成交", "新状态", "已报价")) {
            assertThat(mapper.map(w)).as(w).isEqualTo(new StageWordMapper().map(w)).isEqualTo(mapper.map(w));
        }
        assertThat(mapper.map("已报价")).contains(StageMatch.stage(StageWordMapper.QUOTE));
    }
}
