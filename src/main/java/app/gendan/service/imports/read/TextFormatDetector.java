package app.gendan.service.imports.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the charset (byte-order mark, strict UTF-8, Big5 or GB18030 when the bytes read as
 * frequent Chinese characters in one of them ({@link ChineseCharsets}), then juniversalchardet,
 * GB18030 as the Chinese fallback, windows-1252 as the European one) and the delimiter of a text tracker from its first bytes.
 */
public final class TextFormatDetector {
    static final int SAMPLE_BYTES = 64 * 1024;
    private static final Charset GB18030 = ChineseCharsets.GB18030;
    private static final char[] DELIMITERS = {',', '\t', ';', '|'};

    private TextFormatDetector() {}

    /** The detected format, or empty when the bytes are not text (binary junk). */
    public static Optional<TextFormat> detect(byte[] sample, boolean wholeFile) {
        Optional<Charset> bomCharset = bomCharset(sample);
        Charset charset;
        boolean bom = bomCharset.isPresent();
        if (bom) {
            charset = bomCharset.get();
        } else {
            charset = guessCharset(sample).orElse(null);
            if (charset == null) {
                return Optional.empty();
            }
        }
        String text = decode(sample, bomLength(sample), charset);
        if (!isMostlyText(text)) {
            return Optional.empty();
        }
        return Optional.of(new TextFormat(charset, bom, delimiter(text, wholeFile)));
    }

    /** A quick look used by the sniffer: no NUL bytes, or a UTF-16 byte-order mark. */
    static boolean looksLikeText(byte[] head) {
        return detect(head, false).isPresent();
    }

    static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static int bomLength(byte[] b) {
        return bomCharset(b).map(c -> c.equals(StandardCharsets.UTF_8) ? 3 : 2).orElse(0);
    }

    private static Optional<Charset> guessCharset(byte[] sample) {
        Optional<Charset> utf16 = utf16WithoutBom(sample);
        if (utf16.isPresent()) {
            return utf16;
        }
        for (byte x : sample) {
            if (x == 0) {
                return Optional.empty();
            }
        }
        if (decodesStrictly(sample, StandardCharsets.UTF_8)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        // juniversalchardet takes short Chinese files for Latin text and mixes up Big5 and GBK at
        // times; Japanese and Korean answers are its own to give
        if (name == null || !name.startsWith("SHIFT") && !name.startsWith("EUC-JP") && !name.startsWith("EUC-KR")
                && !name.startsWith("ISO-2022")) {
            Optional<Charset> chinese = ChineseCharsets.best(sample);
            if (chinese.isPresent()) {
                return chinese;
            }
        }
        if (name != null && !name.startsWith("GB") && !name.startsWith("UTF") && Charset.isSupported(name)
                && decodesStrictly(sample, Charset.forName(name))) {
            return Optional.of(Charset.forName(name));
        }
        // GBK and GB2312 are subsets of GB18030, so it reads any of them.
        if (decodesStrictly(sample, GB18030)) {
            return Optional.of(GB18030);
        }
        // European text juniversalchardet has no answer for ("Größe;Café"): what Excel saves there
        Charset windows1252 = Charset.forName("windows-1252");
        if (decodesStrictly(sample, windows1252)) {
            return Optional.of(windows1252);
        }
        return Optional.empty();
    }

    // UTF-16 text without a BOM: ASCII characters leave every other byte zero.
    private static Optional<Charset> utf16WithoutBom(byte[] s) {
        int n = Math.min(s.length, 4096) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (s[i] == 0) {
                evenZeros++;
            }
            if (s[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    // The sample may end in the middle of a multi-byte character; that is not an error.
    static boolean decodesStrictly(byte[] sample, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int len = sample.length;
        for (int cut = 0; cut < 4 && len - cut > 0; cut++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(sample, 0, len - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try again without the last byte
            }
        }
        return false;
    }

    static String decode(byte[] sample, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer cb = decoder.decode(ByteBuffer.wrap(sample, offset, sample.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    private static boolean isMostlyText(String text) {
        if (text.isEmpty()) {
            return true;
        }
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == 0 || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                bad++;
            }
        }
        return bad <= text.length() / 100;
    }

    /** The delimiter that splits the first lines into the most consistent number of fields. */
    static char delimiter(String text, boolean wholeFile) {
        char best = ',';
        double bestScore = -1;
        for (char d : DELIMITERS) {
            int[] counts = countsPerLine(text, d, 30, wholeFile);
            if (counts.length == 0) {
                continue;
            }
            int[] sorted = counts.clone();
            Arrays.sort(sorted);
            int mode = mode(sorted);
            if (mode == 0) {
                continue;
            }
            long same = Arrays.stream(counts).filter(c -> c == mode).count();
            double score = (double) same / counts.length * 100 + Math.min(mode, 50) + (counts[0] == mode ? 10 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int mode(int[] sorted) {
        int best = sorted[0];
        int bestRun = 0;
        int run = 0;
        for (int i = 0; i < sorted.length; i++) {
            run = i > 0 && sorted[i] == sorted[i - 1] ? run + 1 : 1;
            if (run > bestRun || run == bestRun && sorted[i] > best) {
                bestRun = run;
                best = sorted[i];
            }
        }
        return best;
    }

    // Counts the delimiter outside double quotes on each of the first lines (a line ends outside quotes).
    private static int[] countsPerLine(String text, char d, int maxLines, boolean wholeFile) {
        int[] counts = new int[maxLines];
        int lines = 0;
        int count = 0;
        boolean quoted = false;
        boolean lineHasContent = false;
        int limit = text.length();
        for (int i = 0; i < limit && lines < maxLines; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (lineHasContent) {
                    counts[lines++] = count;
                }
                count = 0;
                lineHasContent = false;
                continue;
            } else if (!quoted && c == d) {
                count++;
            }
            lineHasContent = true;
        }
        // The last line may be cut by the sample end; count it only when the sample is the whole file.
        if (lineHasContent && lines < maxLines && (wholeFile || lines == 0)) {
            counts[lines++] = count;
        }
        return Arrays.copyOf(counts, lines);
    }
}
