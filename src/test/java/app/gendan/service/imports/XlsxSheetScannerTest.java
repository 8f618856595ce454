package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The quick pass over a sheet's bytes finds what the XML parser finds, or leaves the part to it. */
class XlsxSheetScannerTest {
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private static SheetInfo quick(byte[] xml) throws Exception {
        return XlsxSheetScanner.quickScan(new ByteArrayInputStream(xml), 0, "s", false);
    }

    private static SheetInfo parse(byte[] xml) throws Exception {
        return XlsxSheetScanner.parse(new ByteArrayInputStream(xml), 0, "s", false);
    }

    private static SheetInfo scan(byte[] xml) throws Exception {
        return XlsxSheetScanner.scan(() -> new ByteArrayInputStream(xml), 0, "s", false);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> wellFormed() {
        String longValue = "v".repeat(200_000);
        return List.of(
                HEAD + "<worksheet xmlns=\"" + NS + "\" xmlns:r=\"urn:r\"><dimension ref=\"A1:C9\"/>"
                        + "<cols><col min=\"2\" max=\"4\" hidden=\"1\" width=\"3\"/><col min=\"7\" hidden=\"true\"/><col min=\"9\" max=\"9\" hidden=\"0\"/></cols>"
                        + "<sheetData><row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"3\" hidden=\"1\"><c r=\"A3\" t=\"inlineStr\"><is><t>a &amp; b &lt;c&gt; &#20013;&#x4E2D;</t></is></c></row>"
                        + "<row hidden=\"true\"/><row r=\"2\"/><row r=\"x\" hidden=\"TRUE\"/><row r=\" 12 \" hidden=\"0\"></row></sheetData>"
                        + "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"B4:B9\"/></mergeCells>"
                        + "<rowBreaks count=\"1\"><brk id=\"5\"/></rowBreaks></worksheet>",
                // prefixed names, single quotes, spaces around "=", line breaks between attributes
                "<x:worksheet xmlns:x='" + NS + "'><x:sheetData><x:row r = '4'\n\t x:hidden='1' /><x:row\r\nr=\"6\"></x:row >"
                        + "</x:sheetData><x:mergeCells><x:mergeCell ref='A2:A3'/></x:mergeCells></x:worksheet >",
                // markup inside comments, CDATA, instructions and attribute values is no markup
                "\uFEFF<?xml version='1.0'?><!-- <row r=\"99\"/> --><?pi <row r=\"98\"/>?><worksheet><sheetData>"
                        + "<row r=\"2\" note=\"a>b\" x='\"'><c><is><t><![CDATA[<row r=\"97\" hidden=\"1\"/>]]]]></t></is></c></row>"
                        + "<!----><row r=\"5\" other=\"&amp;&quot;&#10;\t\" hidden=\"1\"/><?keep going?></sheetData></worksheet>\n<!-- end -->\n",
                // namespace declarations are not attributes; elements of other names and namespaces
                "<worksheet><sheetData><row xmlns:r=\"urn:r\" r=\"7\"/><row xmlns=\"urn:d\" r=\"8\" hidden=\"1\"/>"
                        + "<rows r=\"50\"/><rowx r=\"51\"/><y:row xmlns:y=\"urn:y\" r=\"13\"/><z:c xmlns:z=\"urn:z\" z:r=\"1\"/>"
                        + "</sheetData><colBreaks/><cols><col hidden=\"1\" min=\"3\"/><col hidden=\"1\" min=\"1\" max=\"5000\"/></cols>"
                        + "<mergeCells><mergeCell ref=\"C5\"/><mergeCell/><mergeCell ref=\"B2:A1\"/></mergeCells></worksheet>",
                // names and values longer than the read buffer
                "<worksheet><sheetData><row r=\"1\" long=\"" + longValue + "\"/><c" + "x".repeat(400) + " a=\"1\"/>"
                        + "<row r=\"2\" hidden=\"1\"><c><is><t>" + "t".repeat(300_000) + "</t></is></c></row></sheetData></worksheet>",
                // escapes and nesting well within the parser's limits
                "<worksheet><sheetData><row r=\"1\"><c><is><t>" + "&amp;&#38;".repeat(20_000) + "</t></is></c></row>"
                        + "<a><b><c><d><e><f><g><h><i><j><row r=\"3\" hidden=\"1\"/></j></i></h></g></f></e></d></c></b></a>"
                        + "</sheetData></worksheet>",
                "<worksheet/>",
                "<worksheet>  </worksheet>",
                "<?xml version=\"1.0\" encoding='utf-8'?>\n\n<worksheet><sheetData><row r=\"2147483648\"/><row r=\"-3\" hidden=\"1\"/></sheetData></worksheet>",
                "<worksheet><sheetData><row r=\"1\"><c><is><t>中文，全角 &amp; 😀 ]] > ] ></t></is></c></row></sheetData></worksheet>");
    }

    @Test
    void wellFormedPartsAreReadWithoutTheParser() throws Exception {
        for (String xml : wellFormed()) {
            SheetInfo parsed = parse(utf8(xml));
            assertThat(quick(utf8(xml))).as(xml.length() > 300 ? xml.substring(0, 300) : xml).isEqualTo(parsed);
            assertThat(scan(utf8(xml))).isEqualTo(parsed);
        }
        SheetInfo first = parse(utf8(wellFormed().get(0)));
        assertThat(first.hiddenRows()).containsExactly(3, 4, 5);
        assertThat(first.hiddenColumns()).containsExactly(1, 2, 3, 6);
        assertThat(first.mergedRegions()).hasSize(2);
        assertThat(first.lastRow()).isEqualTo(12);
    }

    @Test
    void partsTheQuickPassDoesNotFollowGoToTheParser() throws Exception {
        List<byte[]> parts = new ArrayList<>();
        for (String xml : List.of(
                "<!DOCTYPE worksheet><worksheet><sheetData><row r=\"2\"/></sheetData></worksheet>",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet><sheetData><row r=\"2\"/></sheetData></worksheet>",
                "<worksheet><sheetData><row r=\"1&#48;\"/></sheetData></worksheet>",
                "<worksheet><sheetData><row r=\"1\" hidden=\"1\t\"/></sheetData></worksheet>",
                "<worksheet><mergeCells><mergeCell ref=\"A1:\nB2\"/></mergeCells></worksheet>",
                "<worksheet><sheetData><row r=\"1\"/><row r=\"2\"",
                "<worksheet><sheetData><row r=\"1\"/></sheetData>",
                "text<worksheet/>",
                "<worksheet/><worksheet/>",
                "<worksheet>&nbsp;</worksheet>",
                "<worksheet><sheetData><row r=1/></sheetData></worksheet>",
                "<worksheet><!-- a -- b --></worksheet>",
                " <?xml version=\"1.0\"?><worksheet/>",
                "<worksheet><sheetData><row r=\"1\"><c><is><t>&#0;</t></is></c></row></sheetData></worksheet>",
                "<worksheet><sheetData><row r=\"2\"/><c" + "x".repeat(1_001) + "/></sheetData></worksheet>",
                "<worksheet><sheetData><row r=\"2\" " + "y".repeat(600) + "=\"1\"/></sheetData></worksheet>",
                // well-formed, but left to the parser: a local name twice, a name beyond ASCII
                "<worksheet><sheetData><row xmlns:y=\"urn:y\" y:r=\"11\" r=\"12\"/></sheetData></worksheet>",
                "<worksheet><sheetData><行 r=\"9\"/><row r=\"2\"/></sheetData></worksheet>",
                // not well-formed in ways the quick pass checks
                "<worksheet><sheetData><row r=\"1\" r=\"2\"/></sheetData></worksheet>",
                "<worksheet><sheetData><row r=\"1\"></rows></sheetData></worksheet>",
                "<worksheet><sheetData><y:row r=\"1\"/></sheetData></worksheet>",
                "<worksheet><a xmlns:y=\"urn:y\"/><y:row r=\"1\"/></worksheet>",
                "<worksheet xmlns:y=\"\"><row r=\"1\"/></worksheet>",
                "<worksheet><t>a ]]> b</t></worksheet>",
                "<worksheet><t>\uFFFE</t></worksheet>",
                "")) {
            parts.add(utf8(xml));
        }
        // beyond the parser's limits on escapes, nesting and attributes, and a little below them
        for (int escapes : new int[] {60_000, 100_001}) {
            parts.add(utf8("<worksheet><sheetData><row r=\"1\"><c><is><t>" + "&lt;".repeat(escapes)
                    + "</t></is></c></row></sheetData></worksheet>"));
        }
        for (int levels : new int[] {60, 101}) {
            parts.add(utf8("<worksheet>" + "<x>".repeat(levels) + "</x>".repeat(levels) + "</worksheet>"));
        }
        for (int count : new int[] {150, 201}) {
            StringBuilder row = new StringBuilder("<worksheet><sheetData><row r=\"4\"");
            for (int i = 0; i < count; i++) {
                row.append(" a").append(i).append("=\"1\"");
            }
            parts.add(utf8(row.append("/></sheetData></worksheet>").toString()));
        }
        parts.add("<worksheet><sheetData><row r=\"4\"/></sheetData></worksheet>".getBytes(StandardCharsets.UTF_16));
        // bytes that are no UTF-8: a stray continuation byte, an overlong form, a surrogate, a cut sequence
        for (byte[] bad : new byte[][] {{(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE4, (byte) 0xB8}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(utf8("<worksheet><sheetData><row r=\"1\"/><c><t>"));
            out.writeBytes(bad);
            out.writeBytes(utf8("</t></c></sheetData></worksheet>"));
            parts.add(out.toByteArray());
        }
        for (byte[] part : parts) {
            String shown = new String(part, StandardCharsets.UTF_8);
            assertThat(quick(part)).as(shown).isNull();
            assertThat(outcome(() -> scan(part))).as(shown).isEqualTo(outcome(() -> parse(part)));
        }
    }

    @Test
    void workbooksAsPoiAndTheTestTrackersWriteThem() throws Exception {
        List<byte[]> parts = new ArrayList<>();
        Random r = new Random(2);
        for (int w = 0; w < 5; w++) {
            try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet s = wb.createSheet("s");
                for (int i = 0; i < 500; i++) {
                    if (r.nextInt(5) == 0) {
                        continue;
                    }
                    Row row = s.createRow(i);
                    row.setZeroHeight(r.nextInt(10) == 0);
                    for (int c = 0; c < 6; c++) {
                        Cell cell = row.createCell(c);
                        if (r.nextBoolean()) {
                            cell.setCellValue(r.nextDouble() * 1000);
                        } else {
                            cell.setCellValue("<row r=\"9\"> & ]]> \"中\" " + r.nextInt());
                        }
                    }
                }
                for (int i = 1; i < 480; i += 20) {
                    s.addMergedRegion(new CellRangeAddress(i, i + 2, i % 6, i % 6));
                }
                s.setColumnHidden(r.nextInt(6), true);
                wb.write(out);
                parts.addAll(sheetParts(out.toByteArray()));
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/trackers"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
                try {
                    parts.addAll(sheetParts(Files.readAllBytes(f)));
                } catch (java.util.zip.ZipException notAZip) {
                    // the damaged ones
                }
            }
        }
        assertThat(parts).hasSizeGreaterThan(6);
        for (byte[] part : parts) {
            SheetInfo parsed = parse(part);
            assertThat(quick(part)).isEqualTo(parsed);
        }
    }

    /**
     * Damaged copies of parts (a byte put in, dropped, or a piece repeated, the end cut off):
     * the quick pass reads a copy as the parser does, or leaves it to the parser. It never
     * reads one the parser refuses.
     */
    @Test
    void damagedPartsAreReadAsTheParserReadsThemOrLeftToIt() throws Exception {
        String noise = "<>/\"'=&;!?-[]: \nrx#\t\u0001";
        Random r = new Random(8);
        int readAlike = 0;
        for (String xml : wellFormed()) {
            byte[] base = utf8(xml);
            if (base.length > 5_000) {
                continue;
            }
            for (int i = 0; i < 5_000; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int at = r.nextInt(base.length);
                int kind = r.nextInt(6);
                out.write(base, 0, at);
                if (kind <= 1) {
                    out.write(noise.charAt(r.nextInt(noise.length())));
                } else if (kind == 4) {
                    int from = r.nextInt(base.length);
                    out.write(base, from, Math.min(base.length - from, 1 + r.nextInt(20)));
                }
                int skip = kind == 1 || kind == 2 ? Math.min(base.length - at, 1 + (r.nextInt(3) == 0 ? r.nextInt(10) : 0)) : 0;
                if (kind != 3) {
                    out.write(base, at + skip, base.length - at - skip);
                }
                byte[] part = out.toByteArray();
                SheetInfo q = quick(part);
                Object parsed = outcome(() -> parse(part));
                String shown = new String(part, StandardCharsets.UTF_8);
                if (q != null) {
                    assertThat(parsed).as(shown).isEqualTo(q);
                    readAlike++;
                }
                assertThat(outcome(() -> scan(part))).as(shown).isEqualTo(parsed);
            }
        }
        assertThat(readAlike).isGreaterThan(6_000);
    }

    private interface Call {
        SheetInfo call() throws Exception;
    }

    /** The result, or the class of the exception. */
    private static Object outcome(Call c) {
        try {
            return c.call();
        } catch (Exception e) {
            return e.getClass();
        }
    }

    private static List<byte[]> sheetParts(byte[] xlsx) throws Exception {
        Path tmp = Files.createTempFile("sheet", ".xlsx");
        try {
            Files.write(tmp, xlsx);
            List<byte[]> parts = new ArrayList<>();
            try (ZipFile z = new ZipFile(tmp.toFile())) {
                for (ZipEntry e : Collections.list(z.entries())) {
                    if (e.getName().startsWith("xl/worksheets/sheet")) {
                        try (InputStream in = z.getInputStream(e)) {
                            parts.add(in.readAllBytes());
                        }
                    }
                }
            }
            return parts;
        } finally {
            Files.delete(tmp);
        }
    }
}
