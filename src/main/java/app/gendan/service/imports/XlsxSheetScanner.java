package app.gendan.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One quick pass over a sheet's XML for what the wizard shows before reading values: hidden
 * rows and columns, merged cells and the last row. Merged cells come after the rows in the
 * file, hence a pass of its own.
 *
 * <p>The pass only needs three elements' attributes, yet an XML parser tokenises every cell
 * of the sheet, which cost as much as reading the values. So the bytes are scanned for the
 * tags directly; a part with anything that scan does not handle exactly as the parser would
 * (another encoding, a DOCTYPE, an entity or line break in an attribute it reads, a tag it
 * cannot follow, a document that ends early, any failure) is passed to the parser instead,
 * which then gives the same result, or the same error, as before.
 */
final class XlsxSheetScanner {
    private static final int MAX_LISTED = 10_000;

    /** Opens the sheet's part afresh, for the parser when the quick pass gives up. */
    interface PartOpener {
        InputStream open() throws Exception;
    }

    private XlsxSheetScanner() {}

    static SheetInfo scan(PartOpener part, int index, String name, boolean hidden) throws Exception {
        SheetInfo quick;
        try (InputStream in = part.open()) {
            quick = quickScan(in, index, name, hidden);
        } catch (Exception e) {
            quick = null; // the parser reads it again and fails as it always did
        }
        if (quick != null) {
            return quick;
        }
        try (InputStream in = part.open()) {
            return parse(in, index, name, hidden);
        }
    }

    /** The pass with the XML parser. */
    static SheetInfo parse(InputStream in, int index, String name, boolean hidden) throws XMLStreamException {
        XMLStreamReader r = XmlInput.factory().createXMLStreamReader(in);
        Collector found = new Collector();
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "row" -> found.row(XmlInput.attr(r, "r"), XmlInput.attr(r, "hidden"));
                    case "col" -> found.col(XmlInput.attr(r, "hidden"), XmlInput.attr(r, "min"), XmlInput.attr(r, "max"));
                    case "mergeCell" -> found.mergeCell(XmlInput.attr(r, "ref"));
                    default -> { }
                }
            }
        } finally {
            r.close();
        }
        return found.info(index, name, hidden);
    }

    /** What both passes collect, element by element. */
    private static final class Collector {
        final List<Integer> hiddenRows = new ArrayList<>();
        final List<Integer> hiddenCols = new ArrayList<>();
        final List<CellRange> merged = new ArrayList<>();
        int lastRow = 0;

        void row(String ref, String hiddenAttr) {
            int row = ref == null ? lastRow + 1 : parseInt(ref, lastRow + 1);
            lastRow = Math.max(lastRow, row);
            if (XmlInput.isTrue(hiddenAttr) && hiddenRows.size() < MAX_LISTED) {
                hiddenRows.add(row);
            }
        }

        void col(String hiddenAttr, String minAttr, String maxAttr) {
            if (XmlInput.isTrue(hiddenAttr)) {
                int min = parseInt(minAttr, 1);
                int max = Math.min(parseInt(maxAttr, min), min + 1000);
                for (int c = min; c <= max && hiddenCols.size() < MAX_LISTED; c++) {
                    hiddenCols.add(c - 1);
                }
            }
        }

        void mergeCell(String ref) {
            if (ref != null && merged.size() < MAX_LISTED) {
                merged.add(CellRange.parse(ref));
            }
        }

        SheetInfo info(int index, String name, boolean hidden) {
            return new SheetInfo(index, name, hidden, lastRow, hiddenRows, hiddenCols, merged);
        }
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    // ---- the quick pass

    static SheetInfo quickScan(InputStream in, int index, String name, boolean hidden) throws IOException {
        QuickPass pass = new QuickPass(in);
        return pass.run() ? pass.found.info(index, name, hidden) : null;
    }

    /**
     * The pass over the bytes. Follows UTF-8 with or without a byte order mark, comments, CDATA
     * sections, processing instructions and prefixed names (the part after the colon counts, as
     * the parser's local name does). It checks what the parser checks where that is cheap: valid
     * UTF-8 and XML characters, tags closed in order, ASCII names, prefixes declared in scope,
     * quoted and distinct attributes, escapes, one root element, nothing cut short. At anything
     * else it stops, for the parser to read the part.
     */
    private static final class QuickPass {
        private static final byte[] ROW = "row".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] COL = "col".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] XMLNS = "xmlns".getBytes(StandardCharsets.US_ASCII);
        private static final int OTHER = 0;
        private static final int ROW_TAG = 1;
        private static final int COL_TAG = 2;
        private static final int MERGE_TAG = 3;
        /** Stands for an attribute value the parser would decode or normalise first. */
        private static final String NOT_PLAIN = new String("not plain");
        private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
                "xml\\s+version\\s*=\\s*([\"'])1\\.0\\1(\\s+encoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\\3)?"
                        + "(\\s+standalone\\s*=\\s*([\"'])(yes|no)\\6)?\\s*");
        // The parser refuses parts beyond its limits (jdk.xml.*: 100 levels, 200 attributes, names
        // of 1,000 characters, 100,000 characters from &amp; and the like); well below them the
        // quick pass stops, for the parser to fail as it did, or to pass when the limits are raised.
        private static final int MAX_DEPTH = 50;
        private static final int MAX_ATTRIBUTES = 100;
        private static final int MAX_NAME = 500;
        private static final int MAX_ENTITY_CHARS = 50_000;

        final Collector found = new Collector();
        private final Bytes b;
        private final List<String[]> attrs = new ArrayList<>();
        /** Names of the open elements, by depth, in reused arrays. */
        private final byte[][] open = new byte[MAX_DEPTH + 2][];
        private final int[] openLength = new int[MAX_DEPTH + 2];
        /** Prefixes declared in scope, with the depth of the element that declared them. */
        private final List<String> prefixes = new ArrayList<>();
        private final List<Integer> prefixDepths = new ArrayList<>();
        private final List<String> usedPrefixes = new ArrayList<>();
        /** Hashes of one tag's attribute names (qualified, then local), to spot a repeated one. */
        private final int[] nameHashes = new int[MAX_ATTRIBUTES + 1];
        private final int[] localHashes = new int[MAX_ATTRIBUTES + 1];
        private final boolean[] prefixed = new boolean[MAX_ATTRIBUTES + 1];
        private int depth;
        private boolean root;

        QuickPass(InputStream in) {
            this.b = new Bytes(in);
        }

        /** Whether the part was read; false leaves it to the parser. */
        boolean run() throws IOException {
            int c = b.next();
            if (c == 0xEF) {
                if (b.next() != 0xBB || b.next() != 0xBF) {
                    return false;
                }
                c = b.next();
            }
            boolean first = true;
            while (c >= 0) {
                if (c != '<') {
                    // text: only white space outside the root; inside, valid characters and escapes, no "]]>"
                    if (depth == 0) {
                        if (!isSpace(c)) {
                            return false;
                        }
                        c = b.next();
                    } else if (c == ']') {
                        int brackets = 1;
                        for (c = b.next(); c == ']'; c = b.next()) {
                            brackets++;
                        }
                        if (c == '>' && brackets >= 2) {
                            return false;
                        }
                    } else {
                        if (c == '&' ? !entity() : c >= 0x80 ? !utf8(c) : c < 0x20 && !isSpace(c)) {
                            return false;
                        }
                        c = b.nextInText();
                    }
                    first = false;
                    continue;
                }
                c = b.next();
                boolean ok;
                if (c == '?') {
                    ok = instruction(first);
                } else if (c == '!') {
                    ok = commentOrCdata();
                } else if (c == '/') {
                    ok = endTag();
                } else {
                    b.unread(c);
                    ok = !(root && depth == 0) && startTag();
                    root = true;
                }
                b.unmark();
                if (!ok || depth > MAX_DEPTH || b.entityChars > MAX_ENTITY_CHARS) {
                    return false;
                }
                first = false;
                c = depth > 0 ? b.nextInText() : b.next();
            }
            return root && depth == 0;
        }

        /** After "<": the tag, its attributes and, for row, col and mergeCell, what they say. */
        private boolean startTag() throws IOException {
            attrs.clear();
            usedPrefixes.clear();
            b.mark();
            int c = b.next();
            int colon = -1;
            for (int i = 0; !isSpace(c) && c != '>' && c != '/'; i++, c = b.next()) {
                if (c < 0 || !nameChar(c, i == 0 || i == colon + 1) || i >= MAX_NAME) {
                    return false;
                }
                if (c == ':') {
                    if (colon >= 0) {
                        return false;
                    }
                    colon = i;
                }
            }
            int nameEnd = b.markedLength() - 1;
            if (nameEnd == 0 || colon == nameEnd - 1) {
                return false;
            }
            if (colon >= 0) {
                usedPrefixes.add(b.markedString(0, colon));
            }
            int element = b.markedEquals(colon + 1, nameEnd, ROW) ? ROW_TAG
                    : b.markedEquals(colon + 1, nameEnd, COL) ? COL_TAG
                    : b.markedEquals(colon + 1, nameEnd, MERGE_CELL) ? MERGE_TAG : OTHER;
            open[depth] = b.markedBytes(0, nameEnd, open[depth]);
            openLength[depth] = nameEnd;
            boolean keep = element != OTHER;
            for (int count = 0; count <= MAX_ATTRIBUTES; count++) {
                while (isSpace(c)) {
                    c = b.next();
                }
                if (c == '>' || c == '/') {
                    if (c == '/' && b.next() != '>' || !prefixesInScope() || !collect(element)) {
                        return false;
                    }
                    if (c == '>') {
                        depth++;
                    } else {
                        closeScope(depth);
                    }
                    return true;
                }
                b.markPrevious();
                colon = -1;
                int nameHash = 0;
                int localHash = 0;
                for (int i = 0; !isSpace(c) && c != '='; i++, c = b.next()) {
                    if (c < 0 || !nameChar(c, i == 0 || i == colon + 1) || i >= MAX_NAME) {
                        return false;
                    }
                    if (c == ':') {
                        if (colon >= 0) {
                            return false;
                        }
                        colon = i;
                        localHash = 0;
                    } else {
                        localHash = 31 * localHash + c;
                    }
                    nameHash = 31 * nameHash + c;
                }
                int attrEnd = b.markedLength() - 1;
                if (attrEnd == 0 || colon == attrEnd - 1) {
                    return false;
                }
                String prefix = colon >= 0 ? b.markedString(0, colon) : null;
                boolean declaration = prefix == null ? b.markedEquals(0, attrEnd, XMLNS) : prefix.equals("xmlns");
                // a name twice, or a local name twice with a prefix (two prefixes may mean one namespace): the parser judges
                for (int k = 0; k < count; k++) {
                    if (nameHashes[k] == nameHash
                            || !declaration && localHashes[k] == localHash && (prefixed[k] || prefix != null)) {
                        return false;
                    }
                }
                nameHashes[count] = nameHash;
                localHashes[count] = declaration ? 0 : localHash;
                prefixed[count] = !declaration && prefix != null;
                if (declaration && prefix != null) {
                    prefixes.add(b.markedString(colon + 1, attrEnd));
                    prefixDepths.add(depth);
                } else if (prefix != null) {
                    usedPrefixes.add(prefix);
                }
                String local = keep && !declaration ? b.markedString(colon + 1, attrEnd) : null;
                while (isSpace(c)) {
                    c = b.next();
                }
                if (c != '=') {
                    return false;
                }
                c = b.next();
                while (isSpace(c)) {
                    c = b.next();
                }
                if (c != '"' && c != '\'') {
                    return false;
                }
                int quote = c;
                b.mark();
                boolean plain = true;
                for (c = b.nextInValue(quote); c != quote; c = b.nextInValue(quote)) {
                    if (c < 0 || c == '<') {
                        return false;
                    }
                    if (c == '&' ? !entity() : c >= 0x80 ? !utf8(c) : !isSpace(c)) {
                        return false;
                    }
                    plain = false; // the parser decodes escapes and turns line breaks and tabs into spaces
                }
                if (declaration && prefix != null && b.markedLength() == 1) {
                    return false; // a prefix cannot be undeclared
                }
                if (local != null) {
                    attrs.add(new String[] {local, plain ? b.markedString(0, b.markedLength() - 1) : NOT_PLAIN});
                }
                c = b.next();
                if (!isSpace(c) && c != '>' && c != '/') {
                    return false;
                }
            }
            return false;
        }

        /** Whether the prefixes the tag used are declared, on it or on an element it is inside. */
        private boolean prefixesInScope() {
            for (String p : usedPrefixes) {
                if (!p.equals("xml") && !prefixes.contains(p)) {
                    return false;
                }
            }
            return true;
        }

        /** Forgets the prefixes the element at this depth declared. */
        private void closeScope(int level) {
            for (int k = prefixes.size() - 1; k >= 0 && prefixDepths.get(k) == level; k--) {
                prefixes.remove(k);
                prefixDepths.remove(k);
            }
        }

        private boolean collect(int element) {
            switch (element) {
                case ROW_TAG -> {
                    String r = attr("r");
                    String hiddenAttr = attr("hidden");
                    if (r == NOT_PLAIN || hiddenAttr == NOT_PLAIN) {
                        return false;
                    }
                    found.row(r, hiddenAttr);
                }
                case COL_TAG -> {
                    String hiddenAttr = attr("hidden");
                    String min = attr("min");
                    String max = attr("max");
                    if (hiddenAttr == NOT_PLAIN || min == NOT_PLAIN || max == NOT_PLAIN) {
                        return false;
                    }
                    found.col(hiddenAttr, min, max);
                }
                case MERGE_TAG -> {
                    String ref = attr("ref");
                    if (ref == NOT_PLAIN) {
                        return false;
                    }
                    found.mergeCell(ref);
                }
                default -> { }
            }
            return true;
        }

        /** The first attribute with this local name, as {@link XmlInput#attr} finds it. */
        private String attr(String localName) {
            for (String[] a : attrs) {
                if (a[0].equals(localName)) {
                    return a[1];
                }
            }
            return null;
        }

        /** After "</": the name of the element open last, optional white space, ">". */
        private boolean endTag() throws IOException {
            if (depth == 0) {
                return false;
            }
            depth--;
            closeScope(depth);
            byte[] name = open[depth];
            int length = openLength[depth];
            int c = b.next();
            for (int i = 0; i < length; i++, c = b.next()) {
                if (c != (name[i] & 0xFF)) {
                    return false;
                }
            }
            while (isSpace(c)) {
                c = b.next();
            }
            return c == '>';
        }

        /**
         * After "<?": skips a processing instruction. The XML declaration may only come first,
         * must say version 1.0 and must not name an encoding other than UTF-8.
         */
        private boolean instruction(boolean first) throws IOException {
            b.mark();
            int prev = 0;
            for (int c = b.next(); c >= 0; prev = c, c = b.next()) {
                if (prev == '?' && c == '>') {
                    int length = b.markedLength() - 2;
                    if (length > MAX_NAME) {
                        return false;
                    }
                    String pi = b.markedString(0, length);
                    int target = 0;
                    while (target < pi.length() && !isSpace(pi.charAt(target))) {
                        target++;
                    }
                    if (!pi.substring(0, target).equalsIgnoreCase("xml")) {
                        for (int i = 0; i < target; i++) {
                            if (pi.charAt(i) == ':' || !nameChar(pi.charAt(i), i == 0)) {
                                return false;
                            }
                        }
                        return target > 0;
                    }
                    java.util.regex.Matcher m = DECLARATION.matcher(pi);
                    return first && m.matches() && (m.group(4) == null || m.group(4).equalsIgnoreCase("UTF-8"));
                }
                if (c >= 0x80 ? !utf8(c) : c < 0x20 && !isSpace(c)) {
                    return false;
                }
            }
            return false;
        }

        /** After "<!": skips a comment, or a CDATA section inside the root; false for anything else (a DOCTYPE). */
        private boolean commentOrCdata() throws IOException {
            int c = b.next();
            if (c == '-') {
                if (b.next() != '-') {
                    return false;
                }
                int dashes = 0;
                for (c = b.next(); c >= 0; c = b.next()) {
                    if (dashes >= 2) {
                        return c == '>'; // "--" may only close a comment
                    }
                    if (c >= 0x80 ? !utf8(c) : c < 0x20 && !isSpace(c)) {
                        return false;
                    }
                    dashes = c == '-' ? dashes + 1 : 0;
                }
                return false;
            }
            if (c == '[' && depth > 0) {
                for (char x : "CDATA[".toCharArray()) {
                    if (b.next() != x) {
                        return false;
                    }
                }
                int brackets = 0;
                for (c = b.next(); c >= 0; c = b.next()) {
                    if (c == '>' && brackets >= 2) {
                        return true;
                    }
                    if (c >= 0x80 ? !utf8(c) : c < 0x20 && !isSpace(c)) {
                        return false;
                    }
                    brackets = c == ']' ? brackets + 1 : 0;
                }
            }
            return false;
        }

        /** After "&": one of the five predefined entities or a character reference to a character XML allows. */
        private boolean entity() throws IOException {
            int c = b.next();
            if (c == '#') {
                c = b.next();
                boolean hex = c == 'x';
                if (hex) {
                    c = b.next();
                }
                int digits = 0;
                int value = 0;
                for (; c != ';'; c = b.next()) {
                    int digit = c >= '0' && c <= '9' ? c - '0'
                            : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                    if (digit < 0 || ++digits > 7) {
                        return false;
                    }
                    value = value * (hex ? 16 : 10) + digit;
                }
                return digits > 0 && (value == 0x9 || value == 0xA || value == 0xD || value >= 0x20 && value <= 0xD7FF
                        || value >= 0xE000 && value <= 0xFFFD || value >= 0x10000 && value <= 0x10FFFF);
            }
            int n = 0;
            int name = 0;
            for (; c != ';'; c = b.next()) {
                if (c < 'a' || c > 'z' || ++n > 4) {
                    return false;
                }
                name = name << 8 | c;
            }
            b.entityChars++;
            return name == ('a' << 16 | 'm' << 8 | 'p') || name == ('l' << 8 | 't') || name == ('g' << 8 | 't')
                    || name == ('q' << 24 | 'u' << 16 | 'o' << 8 | 't') || name == ('a' << 24 | 'p' << 16 | 'o' << 8 | 's');
        }

        /**
         * After a byte beyond ASCII: a well-formed UTF-8 sequence (no overlong forms, surrogates
         * or code points past U+10FFFF) of a character XML allows (not U+FFFE or U+FFFF).
         */
        private boolean utf8(int lead) throws IOException {
            int c1 = b.next();
            if (lead >= 0xC2 && lead <= 0xDF) {
                return continuation(c1);
            }
            if (lead >= 0xE0 && lead <= 0xEF) {
                boolean second = lead == 0xE0 ? c1 >= 0xA0 && c1 <= 0xBF
                        : lead == 0xED ? c1 >= 0x80 && c1 <= 0x9F : continuation(c1);
                int c2 = b.next();
                return second && continuation(c2) && !(lead == 0xEF && c1 == 0xBF && c2 >= 0xBE);
            }
            if (lead >= 0xF0 && lead <= 0xF4) {
                boolean second = lead == 0xF0 ? c1 >= 0x90 && c1 <= 0xBF
                        : lead == 0xF4 ? c1 >= 0x80 && c1 <= 0x8F : continuation(c1);
                return second && continuation(b.next()) && continuation(b.next());
            }
            return false;
        }

        private static boolean continuation(int c) {
            return c >= 0x80 && c <= 0xBF;
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * Whether c may be a byte of a name, or its first ({@code start}, also just after the
     * prefix's colon). Only ASCII: which other characters XML allows in names is the parser's
     * to judge.
     */
    private static boolean nameChar(int c, boolean start) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == ':'
                || !start && (c >= '0' && c <= '9' || c == '.' || c == '-');
    }

    /** The part's bytes through one large buffer, with a mark to read back a name or value. */
    private static final class Bytes {
        private static final int MAX_MARKED = 1 << 24;
        private final InputStream in;
        private byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private int mark = -1;
        /** Characters the predefined entities stood for so far. */
        int entityChars;

        Bytes(InputStream in) {
            this.in = in;
        }

        int next() throws IOException {
            if (pos == limit && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xFF;
        }

        /** Skips text that needs no look: the next "<", "&", "]", control byte or byte beyond ASCII. */
        int nextInText() throws IOException {
            while (true) {
                while (pos < limit) {
                    int c = buf[pos++] & 0xFF;
                    if (c == '<' || c == '&' || c == ']' || c < 0x20 || c >= 0x80) {
                        return c;
                    }
                }
                if (!fill()) {
                    return -1;
                }
            }
        }

        /** Skips plain ASCII inside an attribute value: the next quote, "<", "&", control byte or byte beyond ASCII. */
        int nextInValue(int quote) throws IOException {
            while (true) {
                while (pos < limit) {
                    int c = buf[pos++] & 0xFF;
                    if (c == quote || c == '<' || c == '&' || c < 0x20 || c >= 0x80) {
                        return c;
                    }
                }
                if (!fill()) {
                    return -1;
                }
            }
        }

        /** Steps back over the byte just read (not past the end). */
        void unread(int c) {
            if (c >= 0) {
                pos--;
            }
        }

        void mark() {
            mark = pos;
        }

        /** Marks the byte just read. */
        void markPrevious() {
            mark = pos - 1;
        }

        void unmark() {
            mark = -1;
        }

        /** How many bytes were read since the mark. */
        int markedLength() {
            return pos - mark;
        }

        boolean markedEquals(int from, int to, byte[] name) {
            if (to - from != name.length) {
                return false;
            }
            for (int i = 0; i < name.length; i++) {
                if (buf[mark + from + i] != name[i]) {
                    return false;
                }
            }
            return true;
        }

        String markedString(int from, int to) {
            return new String(buf, mark + from, to - from, StandardCharsets.UTF_8);
        }

        /** The marked bytes [from, to) in {@code into} when it is large enough, else in a new array. */
        byte[] markedBytes(int from, int to, byte[] into) {
            byte[] out = into != null && into.length >= to - from ? into : new byte[Math.max(16, to - from)];
            System.arraycopy(buf, mark + from, out, 0, to - from);
            return out;
        }

        private boolean fill() throws IOException {
            // the marked bytes (a name or value being read) move to the front, in a larger buffer if need be
            int keep = mark >= 0 ? pos - mark : 0;
            if (keep > MAX_MARKED) {
                throw new IOException("name or value too long for the quick pass");
            }
            if (keep > buf.length / 2) {
                byte[] bigger = new byte[buf.length * 2];
                System.arraycopy(buf, mark, bigger, 0, keep);
                buf = bigger;
            } else if (keep > 0) {
                System.arraycopy(buf, mark, buf, 0, keep);
            }
            if (mark >= 0) {
                mark = 0;
            }
            pos = keep;
            limit = keep;
            int n;
            do {
                n = in.read(buf, limit, buf.length - limit);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            limit += n;
            return true;
        }
    }
}
