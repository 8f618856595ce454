package app.gendan.testing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the corpus against its expected.json with plain POI and Commons CSV, not with Gendan's
 * importer: each file opens in the charset and with the delimiter it claims, and holds the data rows
 * and non-empty cells it is said to hold below its header row, leaving out blank lines and the
 * totals and note lines listed as skip_rows. A corpus that drifted from its facts would make every
 * importer test built on it wrong.
 */
class TrackerCorpusTest {
    private static final Path DIR = Path.of("src/test/resources/corpus");
    private static JsonNode expected;

    @BeforeAll
    static void load() throws IOException {
        expected = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
    }

    @Test
    void theCorpusHasBothKindsInBothLanguages() {
        Set<String> kinds = new HashSet<>();
        Set<String> languages = new HashSet<>();
        Set<String> formats = new HashSet<>();
        expected.properties().forEach(e -> {
            assertThat(DIR.resolve(e.getKey())).as(e.getKey()).isRegularFile();
            kinds.add(e.getValue().get("kind").asText());
            languages.add(e.getValue().get("language").asText());
            formats.add(e.getValue().get("format").asText());
        });
        assertThat(expected.size()).isGreaterThanOrEqualTo(25);
        assertThat(kinds).containsExactlyInAnyOrder("orders", "follow-ups");
        assertThat(languages).containsExactlyInAnyOrder("zh", "en");
        assertThat(formats).containsExactlyInAnyOrder("xlsx", "xls", "csv");
    }

    @TestFactory
    Stream<DynamicTest> eachFileHoldsTheRowsAndCellsItIsSaidToHold() {
        List<DynamicTest> tests = new ArrayList<>();
        expected.properties().forEach(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue()))));
        return tests.stream();
    }

    private static void check(String file, JsonNode facts) throws IOException {
        Map<String, int[]> counted = facts.get("format").asText().equals("csv")
                ? countText(DIR.resolve(file), facts)
                : countWorkbook(DIR.resolve(file), facts);
        int rows = 0;
        int cells = 0;
        for (var e : counted.entrySet()) {
            assertThat(e.getValue()[0]).as(file + " / " + e.getKey() + " data rows")
                    .isEqualTo(facts.get("rows_per_sheet").get(e.getKey()).asInt());
            rows += e.getValue()[0];
            cells += e.getValue()[1];
        }
        assertThat(rows).as(file + " data rows").isEqualTo(facts.get("data_rows").asInt());
        assertThat(cells).as(file + " non-empty cells").isEqualTo(facts.get("non_empty_cells").asInt());
        assertThat(rows).as(file + " size").isBetween(20, 400);
    }

    /** Per sheet, {data rows, non-empty cells} below the header row. */
    private static Map<String, int[]> countWorkbook(Path file, JsonNode facts) throws IOException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            List<String> said = new ArrayList<>();
            facts.get("sheets").forEach(n -> said.add(n.asText()));
            assertThat(names).as(file + " sheets").isEqualTo(said);
            for (String name : said) {
                Sheet sheet = wb.getSheet(name);
                int header = facts.get("header_row").get(name).asInt();
                Set<Integer> skip = skipRows(facts, name);
                Row head = sheet.getRow(header - 1);
                assertThat(head).as(file + " / " + name + " header row").isNotNull();
                assertThat(nonEmpty(head)).as(file + " / " + name + " header cells").isGreaterThanOrEqualTo(3);
                int rows = 0;
                int cells = 0;
                for (int r = header; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null || skip.contains(r + 1)) {
                        continue;
                    }
                    int n = nonEmpty(row);
                    if (n > 0) {
                        rows++;
                        cells += n;
                    }
                }
                counts.put(name, new int[] {rows, cells});
            }
        }
        return counts;
    }

    private static int nonEmpty(Row row) {
        int n = 0;
        for (Cell c : row) {
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            if (type == CellType.BLANK || type == CellType.STRING && c.getStringCellValue().isBlank()) {
                continue;
            }
            n++;
        }
        return n;
    }

    private static Map<String, int[]> countText(Path file, JsonNode facts) throws IOException {
        String encoding = facts.get("encoding").asText();
        String delimiter = facts.get("delimiter").asText();
        byte[] bytes = Files.readAllBytes(file);
        String text = decodeStrictly(bytes, Charset.forName(encoding.replace(" BOM", "")), file);
        boolean bom = text.startsWith("\uFEFF");
        assertThat(bom).as(file + " byte order mark").isEqualTo(encoding.endsWith("BOM"));
        if (bom) {
            text = text.substring(1);
        }
        String name = facts.get("sheets").get(0).asText();
        int header = facts.get("header_row").get(name).asInt();
        Set<Integer> skip = skipRows(facts, name);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
        int rows = 0;
        int cells = 0;
        int width = -1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber();
                if (line == header) {
                    width = rec.size();
                    assertThat(width).as(file + " header fields").isGreaterThanOrEqualTo(3);
                }
                if (line <= header || skip.contains((int) line)) {
                    continue;
                }
                int n = 0;
                for (String v : rec) {
                    n += v.isBlank() ? 0 : 1;
                }
                if (n > 0) {
                    assertThat(rec.size()).as(file + " fields on record " + line).isEqualTo(width);
                    rows++;
                    cells += n;
                }
            }
        }
        return Map.of(name, new int[] {rows, cells});
    }

    /** A file that does not decode cleanly in the charset it claims would test the wrong thing. */
    private static String decodeStrictly(byte[] bytes, Charset cs, Path file) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid " + cs, e);
        }
    }

    private static Set<Integer> skipRows(JsonNode facts, String sheet) {
        Set<Integer> skip = new HashSet<>();
        JsonNode s = facts.get("skip_rows").get(sheet);
        if (s != null) {
            s.forEach(n -> skip.add(n.asInt()));
        }
        return skip;
    }
}
