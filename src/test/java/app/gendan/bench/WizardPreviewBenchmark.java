package app.gendan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.ImportInspection;
import app.gendan.service.imports.ImportPreview;
import app.gendan.service.imports.ImportProgress;
import app.gendan.service.imports.ImportRequest;
import app.gendan.service.imports.ImportService;
import app.gendan.service.imports.PreviewCache;
import app.gendan.service.imports.SheetChoice;
import app.gendan.service.imports.SheetPlan;
import app.gendan.testing.TestWorkspace;
import app.gendan.testing.TrackerGenerator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's preview after a mapping change, on a generated 10,000-row tracker: the service call
 * the wizard makes when the user points a column at another field (or at nothing), timed from the
 * change to the new preview. The file was already read for the first preview, whose rows the
 * wizard keeps ({@link PreviewCache}); "_uncached" is the same call reading the file again, as
 * the wizard did before. One JSON line per figure.
 */
@Tag("bench")
class WizardPreviewBenchmark {
    static final int ROWS = 10_000;
    static final int RUNS = 15;
    static final double TARGET_MS = 1000;

    @TempDir
    Path dir;

    @Test
    void previewAfterAMappingChange() throws Exception {
        Path file = TrackerGenerator.xlsx(dir.resolve("订单跟进-1万行.xlsx"), ROWS);
        try (TestWorkspace t = TestWorkspace.create(dir)) {
            ImportService imports = t.ws.imports();
            ImportInspection insp = imports.inspect(file);
            SheetPlan plan = insp.importableSheets().get(0).plan();
            ColumnMapping auto = plan.mapping();
            int notes = auto.columnsFor(ImportField.FOLLOW_UP_SUMMARY).get(0).column();
            ImportRequest first = ImportRequest.of(file, List.of(new SheetChoice(plan.sheet().name(), plan.headerRow(), auto)));
            for (boolean cached : new boolean[] {false, true}) {
                PreviewCache cache = cached ? new PreviewCache() : null;
                ImportPreview before = imports.preview(first, cache, ImportProgress.NONE, () -> false);
                assertThat(before.counts().rows()).isEqualTo(ROWS);
                assertThat(before.unmappedColumns()).isEmpty();
                double[] ms = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    // the user alternates: the notes column to nothing, and back
                    ColumnMapping m = i % 2 == 0 ? auto.withField(notes, null) : auto.withField(notes, ImportField.FOLLOW_UP_SUMMARY);
                    ImportRequest changed = first.withSheets(List.of(new SheetChoice(plan.sheet().name(), plan.headerRow(), m)));
                    long t0 = System.nanoTime();
                    ImportPreview p = imports.preview(changed, cache, ImportProgress.NONE, () -> false);
                    ms[i] = Stats.ms(t0);
                    assertThat(p.counts().rows()).isEqualTo(ROWS);
                    assertThat(p.unmappedColumns()).hasSize(i % 2 == 0 ? 1 : 0);
                    assertThat(p.unmappedColumns().size() == 1 ? p.unmappedColumns().get(0).values() : ROWS).isEqualTo(ROWS);
                }
                if (cached) {
                    assertThat(cache.fileReads()).as("the file is read once, for the first preview").isEqualTo(1);
                    assertThat(cache.rowsKept()).isGreaterThanOrEqualTo(ROWS);
                }
                System.out.println(Stats.line("wizard_preview_after_mapping_change_10k" + (cached ? "" : "_uncached"),
                        ROWS, ms, TARGET_MS));
            }
        }
    }
}
