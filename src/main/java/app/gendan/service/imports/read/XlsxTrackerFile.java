package app.gendan.service.imports.read;

import app.gendan.domain.GendanException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * An .xlsx workbook read with StAX straight from the package parts, so memory stays bounded
 * however many rows a sheet has (only the shared-string table is held). POI's zip limits
 * (ZipSecureFile) turn zip bombs into an error.
 */
final class XlsxTrackerFile implements TrackerFile {
    private final Path path;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<SheetInfo> sheets;
    private final List<String> relIds;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private XlsxTrackerFile(Path path, OPCPackage pkg, XSSFReader reader, SharedStrings strings, StylesTable styles,
                            boolean date1904, List<SheetInfo> sheets, List<String> relIds) {
        this.path = path;
        this.pkg = pkg;
        this.reader = reader;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.sheets = List.copyOf(sheets);
        this.relIds = List.copyOf(relIds);
    }

    static XlsxTrackerFile open(Path path) {
        String name = path.getFileName().toString();
        OPCPackage pkg = null;
        // the key is taken before reading: a file saved while it is read gets a new key
        Optional<SheetScanCache.Key> scanned = SheetScanCache.Key.of(path);
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookPart wb;
            try (InputStream in = reader.getWorkbookData()) {
                wb = WorkbookPart.read(in);
            }
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<String> relIds = wb.sheets().stream().map(WorkbookPart.Sheet::relId).toList();
            List<SheetInfo> sheets = scanned.flatMap(SheetScanCache::get).orElse(null);
            if (sheets == null) {
                List<SheetInfo> scans = new ArrayList<>();
                for (WorkbookPart.Sheet s : wb.sheets()) {
                    try (InputStream in = reader.getSheet(s.relId())) {
                        scans.add(XlsxSheetScanner.scan(in, scans.size(), s.name(), s.hidden()));
                    }
                }
                sheets = List.copyOf(scans);
                if (!sheets.isEmpty() && scanned.isPresent()) {
                    SheetScanCache.put(scanned.get(), sheets);
                }
            }
            if (sheets.isEmpty()) {
                throw new GendanException("imports.error.notSpreadsheet", name);
            }
            return new XlsxTrackerFile(path, pkg, reader, strings, styles, wb.date1904(), sheets, relIds);
        } catch (Exception e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw WorkbookFailures.of(e, name);
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public TrackerFormat format() {
        return TrackerFormat.XLSX;
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
        InputStream in = null;
        try {
            in = reader.getSheet(relIds.get(sheet.index()));
            XMLStreamReader xml = XmlInput.factory().createXMLStreamReader(in);
            return new XlsxRowCursor(xml, in, this);
        } catch (Exception e) {
            if (in != null) {
                try {
                    in.close();
                } catch (Exception ignored) {
                    // already failing
                }
            }
            throw WorkbookFailures.of(e, fileName());
        }
    }

    String sharedString(String index) {
        try {
            return strings.getItemAt(Integer.parseInt(index.trim())).getString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    boolean isDateStyle(String styleIndex) {
        if (styleIndex == null || styles == null) {
            return false;
        }
        int idx;
        try {
            idx = Integer.parseInt(styleIndex);
        } catch (NumberFormatException e) {
            return false;
        }
        return dateStyles.computeIfAbsent(idx, i -> {
            if (i < 0 || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    @Override
    public void close() {
        // opened read-only: revert closes the file without writing anything back
        pkg.revert();
    }

    /** workbook.xml: sheet names, visibility, relationship ids and the date system. */
    record WorkbookPart(boolean date1904, List<Sheet> sheets) {
        record Sheet(String name, String relId, boolean hidden) {}

        static WorkbookPart read(InputStream in) throws Exception {
            XMLStreamReader r = XmlInput.factory().createXMLStreamReader(in);
            boolean date1904 = false;
            List<Sheet> sheets = new ArrayList<>();
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (r.getLocalName()) {
                        case "workbookPr" -> date1904 = XmlInput.isTrue(XmlInput.attr(r, "date1904"));
                        case "sheet" -> {
                            String state = XmlInput.attr(r, "state");
                            sheets.add(new Sheet(XmlInput.attr(r, "name"), XmlInput.attr(r, "id"),
                                    state != null && !"visible".equals(state)));
                        }
                        default -> { }
                    }
                }
            } finally {
                r.close();
            }
            return new WorkbookPart(date1904, sheets);
        }
    }
}
