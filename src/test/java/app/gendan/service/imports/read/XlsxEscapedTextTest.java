package app.gendan.service.imports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gendan.domain.GendanException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet full of "&", "<" and quotes (company names like "R&D 上海") is an honest workbook: its
 * escaped characters are not entity expansions, however many there are. The JDK's parser counted
 * them against its entity limits and refused such a sheet as damaged past about 100,000.
 */
class XlsxEscapedTextTest {
    @TempDir
    Path tmp;

    @Test
    void aSheetWithManyEscapedCharactersReadsWhole() throws IOException {
        Path file = tmp.resolve("escaped.xlsx");
        int rows = 12_000;
        // inline strings, as a streaming writer makes them: every escape sits in the sheet's own XML
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("客户");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("客户名称");
            header.createCell(1).setCellValue("备注");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("R&D <" + r + "> 上海");
                row.createCell(1).setCellValue("A&B \"q\" & <x> ".repeat(4));
            }
            wb.write(out);
        }
        int read = 0;
        String last = null;
        try (TrackerFile f = TrackerFile.open(file); RowCursor cursor = f.rows(f.sheets().get(0))) {
            while (cursor.hasNext()) {
                RawRow row = cursor.next();
                read++;
                last = row.text(0) + "|" + row.text(1);
            }
        }
        assertThat(read).isEqualTo(rows + 1);
        assertThat(last).isEqualTo("R&D <" + rows + "> 上海|" + "A&B \"q\" & <x> ".repeat(4));
    }

    @Test
    void entitiesDeclaredInASheetAreNeverExpanded() throws IOException {
        // a sheet that declares a file entity and a doubling entity, then uses both in a cell
        Path plain = tmp.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet("客户").createRow(0).createCell(0).setCellValue("客户名称");
            wb.write(out);
        }
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "top-secret");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>客户名称</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&file;&c;</t></is></c></row>"
                + "</sheetData></worksheet>";
        Path hostile = tmp.resolve("entities.xlsx");
        try (ZipFile in = new ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(hostile))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(sheet.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> {
            try (TrackerFile f = TrackerFile.open(hostile); RowCursor cursor = f.rows(f.sheets().get(0))) {
                while (cursor.hasNext()) {
                    cursor.next();
                }
            }
        }).isInstanceOfSatisfying(GendanException.class,
                e -> assertThat(e.messageKey()).isEqualTo("imports.error.damagedWorkbook"));
    }
}
