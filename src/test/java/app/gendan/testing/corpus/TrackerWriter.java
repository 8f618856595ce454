package app.gendan.testing.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link Tracker} as the program that made it would: a workbook, or a text file in its charset. */
final class TrackerWriter {
    private TrackerWriter() {}

    static void write(Tracker t, Path dir) throws IOException {
        Path file = dir.resolve(t.file);
        switch (t.format) {
            case "xlsx" -> workbook(t, new XSSFWorkbook(), file);
            case "xls" -> workbook(t, new HSSFWorkbook(), file);
            default -> text(t, file);
        }
    }

    private static void workbook(Tracker t, Workbook wb, Path file) throws IOException {
        try (wb) {
            if (wb instanceof XSSFWorkbook x) {
                // A fixed author and date instead of the build's, so a rebuild changes no cell or property.
                var core = x.getProperties().getCoreProperties();
                core.setCreator("销售部");
                core.setCreated(java.util.Optional.of(java.util.Date.from(java.time.Instant.parse("2024-12-31T09:00:00Z"))));
                if (t.notes.contains("WPS")) {
                    // WPS stamps its own name in docProps/app.xml; some readers look at it.
                    x.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("WPS 表格");
                }
            }
            Map<String, CellStyle> styles = new HashMap<>();
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setAlignment(HorizontalAlignment.CENTER);
            for (Tracker.Sheet s : t.sheets) {
                Sheet sheet = wb.createSheet(s.name);
                for (int r = 0; r < s.lines.size(); r++) {
                    List<Object> cells = s.lines.get(r);
                    if (cells.isEmpty()) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    boolean head = r < s.headerRow;
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (Tracker.Sheet.isEmpty(v)) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        String format = null;
                        if (v instanceof Cell.Styled st) {
                            format = st.format();
                            v = st.value();
                        }
                        switch (v) {
                            case Cell.Formula f -> cell.setCellFormula(f.text());
                            case LocalDateTime d -> {
                                cell.setCellValue(d);
                                format = format == null ? "yyyy-mm-dd hh:mm" : format;
                            }
                            case LocalDate d -> {
                                cell.setCellValue(d);
                                format = format == null ? "yyyy-mm-dd" : format;
                            }
                            case BigDecimal b -> cell.setCellValue(b.doubleValue());
                            case Number n -> cell.setCellValue(n.doubleValue());
                            default -> cell.setCellValue(v.toString());
                        }
                        if (format != null) {
                            cell.setCellStyle(styles.computeIfAbsent(format, f -> {
                                CellStyle cs = wb.createCellStyle();
                                cs.setDataFormat(wb.createDataFormat().getFormat(f));
                                return cs;
                            }));
                        } else if (head) {
                            cell.setCellStyle(bold);
                        }
                    }
                }
                for (int[] m : s.merges) {
                    sheet.addMergedRegion(new CellRangeAddress(m[0], m[0], m[1], m[2]));
                }
                if (s.headerRow > 0) {
                    sheet.createFreezePane(0, s.headerRow);
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void text(Tracker t, Path file) throws IOException {
        Charset cs = charset(t.encoding);
        var encoder = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(t.delimiter).setRecordSeparator("\r\n").build();
        try (Writer w = new java.io.OutputStreamWriter(Files.newOutputStream(file), encoder);
                CSVPrinter p = new CSVPrinter(w, format)) {
            if (t.encoding.endsWith("BOM")) {
                w.write('\uFEFF');
            }
            Tracker.Sheet s = t.sheets.getFirst();
            for (List<Object> line : s.lines) {
                if (line.isEmpty()) {
                    p.println();
                    continue;
                }
                if (line.stream().allMatch(Tracker.Sheet::isEmpty)) {
                    // Excel writes an empty row of a sheet as bare delimiters, where a printer would quote the first field.
                    w.write(t.delimiter.repeat(line.size() - 1) + "\r\n");
                    continue;
                }
                for (Object v : line) {
                    p.print(v == null ? "" : v.toString());
                }
                p.println();
            }
        }
    }

    /** "UTF-8 BOM" and "UTF-16LE BOM" name the charset and say a byte order mark leads the file. */
    static Charset charset(String encoding) {
        return Charset.forName(encoding.replace(" BOM", ""));
    }
}
