package app.gendan.service.imports.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One quick pass over a sheet's XML for what the wizard shows before reading values: hidden
 * rows and columns, merged cells and the last row. Merged cells come after the rows in the
 * file, hence a pass of its own.
 */
final class XlsxSheetScanner {
    private static final int MAX_LISTED = 10_000;

    private XlsxSheetScanner() {}

    static SheetInfo scan(InputStream in, int index, String name, boolean hidden) throws XMLStreamException {
        XMLStreamReader r = XmlInput.factory().createXMLStreamReader(in);
        List<Integer> hiddenRows = new ArrayList<>();
        List<Integer> hiddenCols = new ArrayList<>();
        List<CellRange> merged = new ArrayList<>();
        int lastRow = 0;
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "row" -> {
                        String ref = XmlInput.attr(r, "r");
                        int row = ref == null ? lastRow + 1 : parseInt(ref, lastRow + 1);
                        lastRow = Math.max(lastRow, row);
                        if (XmlInput.isTrue(XmlInput.attr(r, "hidden")) && hiddenRows.size() < MAX_LISTED) {
                            hiddenRows.add(row);
                        }
                    }
                    case "col" -> {
                        if (XmlInput.isTrue(XmlInput.attr(r, "hidden"))) {
                            int min = parseInt(XmlInput.attr(r, "min"), 1);
                            int max = Math.min(parseInt(XmlInput.attr(r, "max"), min), min + 1000);
                            for (int c = min; c <= max && hiddenCols.size() < MAX_LISTED; c++) {
                                hiddenCols.add(c - 1);
                            }
                        }
                    }
                    case "mergeCell" -> {
                        String ref = XmlInput.attr(r, "ref");
                        if (ref != null && merged.size() < MAX_LISTED) {
                            merged.add(CellRange.parse(ref));
                        }
                    }
                    default -> { }
                }
            }
        } finally {
            r.close();
        }
        return new SheetInfo(index, name, hidden, lastRow, hiddenRows, hiddenCols, merged);
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
