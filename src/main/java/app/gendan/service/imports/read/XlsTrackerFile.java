package app.gendan.service.imports.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel 97–2003 workbook. The format caps a sheet at 65,536 rows, so reading it whole with
 * HSSF stays bounded.
 */
final class XlsTrackerFile implements TrackerFile {
    private final Path path;
    private final Workbook workbook;
    private final List<SheetInfo> sheets;
    private final boolean date1904;

    private XlsTrackerFile(Path path, Workbook workbook) {
        this.path = path;
        this.workbook = workbook;
        this.date1904 = workbook instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
        List<SheetInfo> list = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            list.add(info(i, workbook.getSheetAt(i)));
        }
        this.sheets = List.copyOf(list);
    }

    static XlsTrackerFile open(Path path) {
        Workbook wb = null;
        try {
            wb = WorkbookFactory.create(path.toFile(), null, true);
            if (!(wb instanceof HSSFWorkbook)) {
                throw new org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException("not a BIFF8 workbook");
            }
            if (wb.getNumberOfSheets() == 0) {
                throw new app.gendan.domain.GendanException("imports.error.notSpreadsheet", path.getFileName().toString());
            }
            return new XlsTrackerFile(path, wb);
        } catch (Exception e) {
            if (wb != null) {
                try {
                    wb.close();
                } catch (Exception ignored) {
                    // already failing
                }
            }
            throw WorkbookFailures.of(e, path.getFileName().toString());
        }
    }

    private SheetInfo info(int index, Sheet sheet) {
        List<Integer> hiddenRows = new ArrayList<>();
        int maxCol = 0;
        for (Row row : sheet) {
            if (row.getZeroHeight()) {
                hiddenRows.add(row.getRowNum() + 1);
            }
            maxCol = Math.max(maxCol, row.getLastCellNum());
        }
        List<Integer> hiddenCols = new ArrayList<>();
        for (int c = 0; c < maxCol; c++) {
            if (sheet.isColumnHidden(c)) {
                hiddenCols.add(c);
            }
        }
        List<CellRange> merged = new ArrayList<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            merged.add(new CellRange(a.getFirstRow() + 1, a.getLastRow() + 1, a.getFirstColumn(), a.getLastColumn()));
        }
        boolean hidden = workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
        int lastRow = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
        return new SheetInfo(index, sheet.getSheetName(), hidden, lastRow, hiddenRows, hiddenCols, merged);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public TrackerFormat format() {
        return TrackerFormat.XLS;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public RowCursor rows(SheetInfo sheet) {
        Iterator<Row> rows = workbook.getSheetAt(sheet.index()).iterator();
        return new RowCursor() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public RawRow next() {
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = rows.next();
                List<RawCell> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? RawCell.BLANK : toCell(cell));
                }
                return new RawRow(row.getRowNum() + 1, cells, row.getZeroHeight());
            }

            @Override
            public void close() {
                // the workbook is in memory; nothing to release per cursor
            }
        };
    }

    private static RawCell toCell(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> RawCell.text(cell.getStringCellValue());
            case BOOLEAN -> RawCell.bool(cell.getBooleanCellValue());
            case ERROR -> RawCell.error(errorText(cell.getErrorCellValue()));
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
                    yield RawCell.date(cell.getLocalDateTimeCellValue());
                }
                yield RawCell.number(d);
            }
            default -> RawCell.BLANK;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (Exception ignored) {
            // read-only; nothing to save
        }
    }
}
