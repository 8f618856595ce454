package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.TestWorkspace;
import app.gendan.testing.TrackerGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's previews of one file read it once; a changed mapping is planned from the rows kept. */
class PreviewCacheTest {
    @TempDir
    Path dir;

    TestWorkspace t;

    @BeforeEach
    void open() {
        t = TestWorkspace.create(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static ImportRequest request(Path file, ImportInspection insp, ColumnMapping mapping) {
        SheetPlan p = insp.importableSheets().get(0).plan();
        return ImportRequest.of(file, List.of(new SheetChoice(p.sheet().name(), p.headerRow(), mapping)));
    }

    private ImportPreview preview(ImportRequest r, PreviewCache cache) {
        return t.ws.imports().preview(r, cache, ImportProgress.NONE, () -> false);
    }

    @Test
    void aChangedMappingIsPreviewedFromTheRowsKeptAsIfTheFileWereReadAgain() throws IOException {
        Path file = TrackerGenerator.xlsx(dir.resolve("tracker.xlsx"), 600);
        ImportInspection insp = t.ws.imports().inspect(file);
        ColumnMapping auto = insp.importableSheets().get(0).plan().mapping();
        int owner = auto.columnsFor(ImportField.OWNER).get(0).column();
        PreviewCache cache = new PreviewCache();

        ImportPreview first = preview(request(file, insp, auto), cache);
        assertThat(cache.fileReads()).isEqualTo(1);
        assertThat(cache.rowsKept()).isGreaterThanOrEqualTo(600);

        ImportRequest changed = request(file, insp, auto.withField(owner, null));
        ImportPreview fromCache = preview(changed, cache);
        ImportPreview fromFile = preview(changed, null);
        assertThat(cache.fileReads()).as("not read again").isEqualTo(1);
        assertThat(fromCache.counts()).isEqualTo(fromFile.counts());
        assertThat(fromCache.counts().usersCreated()).isZero();
        assertThat(first.counts().usersCreated()).isPositive();
        assertThat(fromCache.unmappedColumns()).isEqualTo(fromFile.unmappedColumns());
        assertThat(fromCache.unmappedColumns()).singleElement()
                .satisfies(u -> assertThat(u.header()).isEqualTo("负责人"));
        assertThat(fromCache.problems()).isEqualTo(fromFile.problems());
        assertThat(fromCache.sheets().get(0).firstRows()).isEqualTo(fromFile.sheets().get(0).firstRows());
    }

    @Test
    void aFileChangedOnDiskIsReadAgain() throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "客户名称,订单号\n北京博峰食品有限公司,A-1\n", StandardCharsets.UTF_8);
        ImportInspection insp = t.ws.imports().inspect(file);
        ColumnMapping auto = insp.importableSheets().get(0).plan().mapping();
        PreviewCache cache = new PreviewCache();
        assertThat(preview(request(file, insp, auto), cache).counts().ordersCreated()).isEqualTo(1);

        Files.writeString(file, "客户名称,订单号\n北京博峰食品有限公司,A-1\n东莞明辉食品有限公司,A-2\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        ImportPreview again = preview(request(file, insp, auto), cache);
        assertThat(again.counts().ordersCreated()).isEqualTo(2);
        assertThat(cache.fileReads()).isEqualTo(2);
    }
}
