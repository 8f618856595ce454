package app.gendan.service.export;

import app.gendan.domain.GendanException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams tables into an .xlsx workbook, one sheet per table. Only a window of rows stays in
 * memory; the rest waits in an uncompressed temp file (disk is cheaper than compressing every
 * row twice). Dates and money are real date and number cells, and text is always a text cell:
 * text that looks like a formula gets Excel's quote prefix, so it is never evaluated, not even
 * after the user edits the cell.
 */
final class XlsxTableWriter implements TableWriter {
    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final Path file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle money;
    private final CellStyle count;
    private SXSSFSheet sheet;
    private int columns;
    private int nextRow;

    XlsxTableWriter(Path file) {
        this.file = file;
        var formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setDataFormat(formats.getFormat("@"));
        quotedText = workbook.createCellStyle();
        quotedText.setDataFormat(formats.getFormat("@"));
        quotedText.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
        money = workbook.createCellStyle();
        money.setDataFormat(formats.getFormat("#,##0.00"));
        count = workbook.createCellStyle();
        count.setDataFormat(formats.getFormat("0"));
    }

    @Override
    public void startTable(String name, List<String> headers, List<Integer> widths) {
        endSheet();
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        columns = headers.size();
        nextRow = 0;
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
            // room for the header and the filter drop-down beside it
            int chars = Math.max(widths.get(i), displayWidth(headers.get(i)) + 4);
            sheet.setColumnWidth(i, Math.min(255, chars + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Width in Latin character cells: Chinese, Japanese and Korean characters take two. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    @Override
    public void row(List<?> cells) {
        if (nextRow >= MAX_ROWS) {
            throw new GendanException("export.error.tooManyRows", MAX_ROWS - 1);
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v != null) {
                write(row.createCell(i), v);
            }
        }
    }

    private void write(Cell c, Object v) {
        switch (v) {
            case String s -> {
                c.setCellValue(s);
                c.setCellStyle(CellText.looksLikeFormula(s) ? quotedText : text);
            }
            case LocalDate d -> {
                c.setCellValue(d);
                c.setCellStyle(date);
            }
            case LocalDateTime t -> {
                c.setCellValue(t);
                c.setCellStyle(dateTime);
            }
            case BigDecimal m -> {
                c.setCellValue(m.doubleValue());
                c.setCellStyle(money);
            }
            case Number n -> {
                c.setCellValue(n.doubleValue());
                c.setCellStyle(count);
            }
            default -> throw new IllegalArgumentException("Cannot write " + v.getClass() + " to a cell");
        }
    }

    private void endSheet() {
        if (sheet != null && columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
        }
    }

    @Override
    public void finish() throws IOException {
        endSheet();
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.dispose(); // the temp files behind the flushed rows
        workbook.close();
    }
}
