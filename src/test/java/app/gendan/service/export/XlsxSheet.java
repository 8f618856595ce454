package app.gendan.service.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An exported workbook read back with POI, with cells found by their column's header. */
final class XlsxSheet {
    private XlsxSheet() {}

    static XSSFWorkbook open(Path file) throws IOException {
        try {
            return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static List<String> headers(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Cell c : sheet.getRow(0)) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    /** The data row whose cell under {@code header} reads {@code text}. */
    static Row rowWhere(Sheet sheet, String header, String text) {
        int col = column(sheet, header);
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Cell c = sheet.getRow(i).getCell(col);
            if (c != null && text.equals(c.getStringCellValue())) {
                return sheet.getRow(i);
            }
        }
        throw new AssertionError("No row with " + header + " = " + text);
    }

    static Cell cell(Row row, String header) {
        return row.getCell(column(row.getSheet(), header));
    }

    static int column(Sheet sheet, String header) {
        int i = headers(sheet).indexOf(header);
        if (i < 0) {
            throw new AssertionError("No column " + header + " in " + headers(sheet));
        }
        return i;
    }
}
