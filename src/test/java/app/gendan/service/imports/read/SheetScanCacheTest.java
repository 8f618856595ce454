package app.gendan.service.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook opened again is not scanned again, unless the file changed meanwhile. */
class SheetScanCacheTest {
    @TempDir
    Path tmp;

    @Test
    void theSameFileReusesItsScanAndAChangedFileIsScannedAgain() throws IOException {
        Path file = tmp.resolve("跟进表.xlsx");
        write(file, 3);
        List<SheetInfo> first = sheetsOf(file);
        assertThat(first.get(0).mergedRegions()).hasSize(1);
        assertThat(first.get(0).hiddenRows()).containsExactly(3);

        assertThat(sheetsOf(file)).isSameAs(first);

        // saved again with another merged area and hidden row: the new content is what counts
        FileTime before = Files.getLastModifiedTime(file);
        write(file, 4);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2_000));
        List<SheetInfo> again = sheetsOf(file);
        assertThat(again).isNotSameAs(first);
        assertThat(again.get(0).mergedRegions()).hasSize(2);
        assertThat(again.get(0).hiddenRows()).containsExactly(4);

        // a copy elsewhere is another file
        Path copy = Files.copy(file, tmp.resolve("copy.xlsx"));
        assertThat(sheetsOf(copy)).isNotSameAs(again).isEqualTo(again);
    }

    private static List<SheetInfo> sheetsOf(Path file) {
        try (TrackerFile f = TrackerFile.open(file)) {
            return f.sheets();
        }
    }

    /** A small tracker whose row {@code hiddenRow} (1-based) is hidden and with hiddenRow - 2 merged areas. */
    private static void write(Path file, int hiddenRow) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Orders");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("客户名称");
            header.createCell(1).setCellValue("订单号");
            for (int r = 1; r <= 6; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("客户" + r);
                row.createCell(1).setCellValue("SO-" + r);
            }
            for (int m = 0; m < hiddenRow - 2; m++) {
                sheet.addMergedRegion(new CellRangeAddress(1 + 2 * m, 2 + 2 * m, 0, 0));
            }
            sheet.getRow(hiddenRow - 1).setZeroHeight(true);
            wb.write(out);
        }
    }
}
