package app.gendan.service.imports;

import static app.gendan.service.imports.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import app.gendan.service.imports.read.RawCell;
import app.gendan.service.imports.read.TextFormat;
import app.gendan.service.imports.values.ParsedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input gives a clear message key or row-level problems, never a crash. */
class BadTrackersTest {
    @TempDir
    Path tmp;

    private static void assertRejected(Path file, String key) {
        assertThatThrownBy(() -> TrackerImport.open(file, Trackers.OPTIONS).close())
                .isInstanceOfSatisfying(GendanException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.args()).contains(file.getFileName().toString());
                });
    }

    @Test
    void truncatedWorkbookIsDamaged() {
        assertRejected(Trackers.path("bad/truncated.xlsx"), "imports.error.damagedWorkbook");
    }

    @Test
    void randomBytesNamedXlsxAreNotASpreadsheet() {
        assertRejected(Trackers.path("bad/notexcel.xlsx"), "imports.error.notSpreadsheet");
    }

    @Test
    void emptyFile() {
        assertRejected(Trackers.path("bad/empty.csv"), "imports.error.empty");
    }

    @Test
    void headerOnlyHasNoDataRows() {
        assertRejected(Trackers.path("bad/header-only.csv"), "imports.error.noDataRows");
    }

    @Test
    void raggedRowsAreReportedByRow() {
        try (TrackerImport imp = TrackerImport.open(Trackers.path("bad/ragged.csv"), Trackers.OPTIONS)) {
            List<ParsedRow> rows = Trackers.readAll(imp);
            assertThat(rows).extracting(ParsedRow::rowNumber).containsExactly(2, 3, 4, 5);
            assertThat(rows).filteredOn(ParsedRow::importable).extracting(ParsedRow::rowNumber).containsExactly(2, 5);
            assertThat(rows.get(1).problems()).extracting(ImportProblem::messageKey).containsExactly("imports.problem.missingFields");
            assertThat(rows.get(1).problems().get(0).args()).containsExactly(4, 2);
            assertThat(rows.get(2).problems()).extracting(ImportProblem::messageKey).containsExactly("imports.problem.extraFields");
            assertThat(rows.get(2).problems().get(0).row()).isEqualTo(4);
        }
    }

    @Test
    void formulasGiveCachedValuesAnErrorCellCostsOnlyItsValueAndTheTotalRowIsLeftOut() {
        try (TrackerImport imp = TrackerImport.open(Trackers.path("bad/formulas.xlsx"), Trackers.OPTIONS)) {
            List<ParsedRow> rows = Trackers.readAll(imp);
            assertThat(rows).extracting(r -> r.amount(AMOUNT)).extracting(a -> a == null ? null : a.stripTrailingZeros().toPlainString())
                    .containsExactly("995", "1990", null, "3980", "4975");
            ParsedRow divZero = rows.get(2);
            assertThat(divZero.rowNumber()).isEqualTo(4);
            // the row still names its customer: it is imported, without the amount, and the value is reported
            assertThat(divZero.importable()).isTrue();
            assertThat(divZero.problems()).singleElement().satisfies(p -> {
                assertThat(p.messageKey()).isEqualTo("imports.problem.cellError");
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.column()).isEqualTo("金额");
                assertThat(p.args()).containsExactly("#DIV/0!");
            });
            // the 合计 row sums the rows above: not a data row
            assertThat(rows).extracting(r -> r.text(CUSTOMER_NAME)).doesNotContain("合计");
            assertThat(rows).filteredOn(ParsedRow::importable).hasSize(5);
            assertThat(rows.get(1).problems()).extracting(ImportProblem::messageKey).containsExactly("imports.problem.formulaText");
        }
    }

    @Test
    void hugeCellIsTruncatedWithAMessage() {
        try (TrackerImport imp = TrackerImport.open(Trackers.path("bad/huge-cell.csv"), Trackers.OPTIONS)) {
            List<ParsedRow> rows = Trackers.readAll(imp);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).text(FOLLOW_UP_SUMMARY)).hasSize(RawCell.MAX_CHARS);
            assertThat(rows.get(0).problems()).extracting(ImportProblem::messageKey).containsExactly("imports.problem.cellTruncated");
            assertThat(rows.get(1).problems()).isEmpty();
        }
    }

    @Test
    void utf16TabSeparated() {
        try (TrackerImport imp = TrackerImport.open(Trackers.path("bad/utf16.csv"), Trackers.OPTIONS)) {
            TextFormat format = imp.file().textFormat().orElseThrow();
            assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(format.bom()).isTrue();
            assertThat(format.delimiter()).isEqualTo('\t');
            List<ParsedRow> rows = Trackers.readAll(imp);
            assertThat(rows).hasSize(2).allMatch(ParsedRow::importable);
            assertThat(rows.get(0).text(CUSTOMER_NAME)).isEqualTo("上海明辉电子科技有限公司");
            assertThat(rows.get(1).text(FOLLOW_UP_METHOD)).isEqualTo("wechat");
        }
    }

    @Test
    void binaryJunkNamedCsvIsNotText() throws IOException {
        Path junk = tmp.resolve("junk.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 0x01;
        Files.write(junk, bytes);
        assertRejected(junk, "imports.error.notText");
    }

    @Test
    void htmlSavedAsXlsIsExplained() throws IOException {
        Path html = tmp.resolve("export.xls");
        Files.writeString(html, "<html><body><table><tr><td>客户</td></tr></table></body></html>");
        assertRejected(html, "imports.error.htmlDisguised");
    }

    @Test
    void zipBombIsRefused() throws IOException {
        Path bomb = tmp.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                    <sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] padding = new byte[1 << 20];
            java.util.Arrays.fill(padding, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(padding);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRejected(bomb, "imports.error.zipBomb");
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
