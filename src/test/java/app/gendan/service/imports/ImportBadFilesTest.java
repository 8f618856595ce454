package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile files through the whole import: a file that cannot be read is refused with its
 * message and the database stays exactly as it was; a readable file with bad rows imports the
 * good rows and reports the others by row and column.
 */
class ImportBadFilesTest {
    @TempDir
    Path dir;

    TestWorkspace t;
    String before;

    @BeforeEach
    void open() {
        t = TestWorkspace.create(dir);
        t.order("已有订单", t.customer("上海明辉电子科技有限公司"), "100");
        before = DbDump.dump(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void assertRefused(Path file, String key) {
        for (boolean preview : new boolean[] {true, false}) {
            assertThatThrownBy(() -> {
                ImportRequest r = ImportRequest.of(file, List.of(new SheetChoice("x", 1, null)));
                if (preview) {
                    t.ws.imports().preview(r, ImportProgress.NONE, () -> false);
                } else {
                    t.ws.imports().run(r, ImportProgress.NONE, () -> false);
                }
            }).isInstanceOfSatisfying(GendanException.class, e -> {
                assertThat(e.messageKey()).isEqualTo(key);
                String text = new app.gendan.domain.i18n.Messages(Locale.SIMPLIFIED_CHINESE).of(e);
                assertThat(text).isNotEqualTo(key).contains(file.getFileName().toString());
            });
        }
        assertThatThrownBy(() -> t.ws.imports().inspect(file)).isInstanceOf(GendanException.class);
        assertThat(DbDump.dump(dir)).isEqualTo(before);
        assertThat(t.ws.imports().batches()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "bad/truncated.xlsx, imports.error.damagedWorkbook",
            "bad/notexcel.xlsx, imports.error.notSpreadsheet",
            "bad/empty.csv, imports.error.empty",
            "bad/header-only.csv, imports.error.noDataRows"})
    void unreadableFilesAreRefusedAndChangeNothing(String name, String key) {
        assertRefused(Trackers.path(name), key);
    }

    @Test
    void binaryJunkAMissingFileAndAZipBombAreRefused() throws IOException {
        Path junk = dir.resolve("junk.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 0x01;
        Files.write(junk, bytes);
        assertRefused(junk, "imports.error.notText");
        assertRefused(dir.resolve("gone.xlsx"), "imports.error.fileNotFound");
        assertRefused(zipBomb(dir.resolve("bomb.xlsx")), "imports.error.zipBomb");
    }

    @Test
    void raggedRowsAreSkippedAndReportedByRowTheOthersImported() {
        ImportSummary s = t.ws.imports().run(ImportTrackersTest.request(t, Trackers.path("bad/ragged.csv")),
                ImportProgress.NONE, () -> false);

        assertThat(s.counts().rows()).isEqualTo(4);
        assertThat(s.counts().skippedRows()).isEqualTo(2);
        assertThat(s.problems()).filteredOn(p -> p.severity() == Severity.ERROR)
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "imports.problem.missingFields"),
                        org.assertj.core.groups.Tuple.tuple(4, "imports.problem.extraFields"));
        // 上海明辉 was there already; 杭州金源 is new
        assertThat(s.counts().customersCreated()).isEqualTo(1);
        assertThat(DbDump.strings(dir, "SELECT name FROM customer ORDER BY id"))
                .containsExactly("上海明辉电子科技有限公司", "杭州金源食品有限公司");
    }

    @Test
    void aFormulaErrorCostsOnlyItsValueAndTheTotalRowIsLeftOutAndReported() {
        ImportSummary s = t.ws.imports().run(ImportTrackersTest.request(t, Trackers.path("bad/formulas.xlsx")),
                ImportProgress.NONE, () -> false);

        assertThat(s.counts().rows()).isEqualTo(5);
        assertThat(s.counts().skippedRows()).isZero();
        assertThat(s.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("金额");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.messageKey()).isEqualTo("imports.problem.cellError");
        });
        assertThat(s.problems()).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("imports.problem.totalsRow");
            assertThat(p.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(DbDump.strings(dir, "SELECT name FROM customer")).doesNotContain("合计");
    }

    @Test
    void aTwoMegabyteCellIsCutToItsColumnNotACrash() {
        ImportSummary s = t.ws.imports().run(ImportTrackersTest.request(t, Trackers.path("bad/huge-cell.csv")),
                ImportProgress.NONE, () -> false);

        assertThat(s.counts().rows()).isEqualTo(2);
        assertThat(s.problems()).extracting(ImportProblem::messageKey).contains("imports.problem.cellTruncated");
        assertThat(DbDump.count(dir, "SELECT MAX(LENGTH(summary)) FROM follow_up")).isEqualTo(4000);
    }

    @Test
    void utf16TabSeparatedImports() {
        ImportSummary s = t.ws.imports().run(ImportTrackersTest.request(t, Trackers.path("bad/utf16.csv")),
                ImportProgress.NONE, () -> false);
        assertThat(s.counts().rows()).isEqualTo(2);
        assertThat(s.counts().skippedRows()).isZero();
        assertThat(DbDump.strings(dir, "SELECT name FROM contact ORDER BY id")).containsExactly("张伟", "李娟");
    }

    private static Path zipBomb(Path bomb) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/"
                    + "worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                    + "worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                    + "worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] padding = new byte[1 << 20];
            java.util.Arrays.fill(padding, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(padding);
            }
            zip.write("</sheetData></worksheet>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bomb;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
