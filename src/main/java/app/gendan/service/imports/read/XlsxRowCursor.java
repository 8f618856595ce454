package app.gendan.service.imports.read;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;

/** Pulls one {@code <row>} at a time out of a sheet's XML. Formulas give their cached value. */
final class XlsxRowCursor implements RowCursor {
    private static final int MAX_COLUMNS = 16_384;

    private final XMLStreamReader xml;
    private final InputStream in;
    private final XlsxTrackerFile file;
    private RawRow next;
    private boolean done;
    private int lastRowNumber;

    XlsxRowCursor(XMLStreamReader xml, InputStream in, XlsxTrackerFile file) {
        this.xml = xml;
        this.in = in;
        this.file = file;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readRow();
            } catch (XMLStreamException | RuntimeException e) {
                close();
                throw WorkbookFailures.of(e, file.fileName());
            }
            if (next == null) {
                done = true;
                close();
            }
        }
        return next != null;
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRow row = next;
        next = null;
        return row;
    }

    private RawRow readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String ref = XmlInput.attr(xml, "r");
                int rowNumber = ref == null ? lastRowNumber + 1 : CellRef.parse(ref).row();
                if (rowNumber <= 0) {
                    rowNumber = lastRowNumber + 1;
                }
                lastRowNumber = rowNumber;
                boolean hidden = XmlInput.isTrue(XmlInput.attr(xml, "hidden"));
                return new RawRow(rowNumber, readCells(), hidden);
            }
        }
        return null;
    }

    private List<RawCell> readCells() throws XMLStreamException {
        List<RawCell> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = XmlInput.attr(xml, "r");
                int column = ref == null ? cells.size() : CellRef.parse(ref).column();
                if (column < 0) {
                    column = cells.size();
                }
                RawCell cell = readCell(XmlInput.attr(xml, "t"), XmlInput.attr(xml, "s"));
                if (column < MAX_COLUMNS) {
                    while (cells.size() < column) {
                        cells.add(RawCell.BLANK);
                    }
                    if (column < cells.size()) {
                        cells.set(column, cell);
                    } else {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells;
    }

    // Reads up to </c>: <v> holds the value (a cached result for formulas), <is><t> an inline string.
    private RawCell readCell(String type, String style) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        boolean truncated = false;
        boolean inValue = false;
        boolean inPhonetic = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String n = xml.getLocalName();
                if ("v".equals(n) || "t".equals(n) && !inPhonetic) {
                    inValue = true;
                } else if ("rPh".equals(n)) {
                    inPhonetic = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String n = xml.getLocalName();
                if ("c".equals(n)) {
                    break;
                } else if ("v".equals(n) || "t".equals(n)) {
                    inValue = false;
                } else if ("rPh".equals(n)) {
                    inPhonetic = false;
                }
            } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                int room = RawCell.MAX_CHARS - value.length();
                int len = xml.getTextLength();
                if (len > room) {
                    truncated = true;
                }
                value.append(xml.getTextCharacters(), xml.getTextStart(), Math.max(0, Math.min(len, room)));
            }
        }
        return toCell(type, style, value.toString(), truncated);
    }

    private RawCell toCell(String type, String style, String v, boolean truncated) {
        String t = type == null ? "n" : type;
        if (v.isEmpty() && !"s".equals(t)) {
            return RawCell.BLANK;
        }
        return switch (t) {
            case "s" -> RawCell.text(file.sharedString(v));
            case "inlineStr", "str" -> truncated ? RawCell.truncatedText(v) : RawCell.text(v);
            case "b" -> RawCell.bool(XmlInput.isTrue(v.trim()));
            case "e" -> RawCell.error(v.trim());
            case "d" -> isoDate(v.trim());
            default -> number(v.trim(), style);
        };
    }

    private RawCell number(String v, String style) {
        BigDecimal n;
        try {
            n = new BigDecimal(v);
        } catch (NumberFormatException e) {
            return RawCell.text(v);
        }
        if (file.isDateStyle(style)) {
            double d = n.doubleValue();
            if (DateUtil.isValidExcelDate(d)) {
                LocalDateTime t = DateUtil.getLocalDateTime(d, file.date1904(), true);
                if (t != null) {
                    return RawCell.date(t);
                }
            }
        }
        return RawCell.number(n);
    }

    private static RawCell isoDate(String v) {
        try {
            return RawCell.date(v.length() <= 10 ? java.time.LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v));
        } catch (java.time.format.DateTimeParseException e) {
            return RawCell.text(v);
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing anyway
        }
        try {
            in.close();
        } catch (java.io.IOException ignored) {
            // closing anyway
        }
    }
}
