package app.gendan.service.imports.read;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Tells Big5 (traditional Chinese, Taiwan and Hong Kong) from GBK/GB18030 (simplified, the
 * mainland) when both read the same bytes without an error, which short files often do and which
 * juniversalchardet then answers with a Latin charset or the wrong one of the two. Each charset
 * puts its frequent characters in a block of its own: GB2312's first level (lead bytes B0–D7,
 * trail A1–FE) and Big5's first level (lead A4–C6), both with their punctuation row A1. Text in
 * one charset read as the other lands there far less often (Big5's trail bytes 40–7E are outside
 * GB2312, GB2312's lead bytes C7–D7 are Big5's rare characters), so the charset whose frequent
 * block holds most of the double-byte characters is the one the file was written in.
 */
final class ChineseCharsets {
    static final Charset BIG5 = Charset.forName("Big5");
    static final Charset GB18030 = Charset.forName("GB18030");

    /** Share of double-byte characters in the frequent block needed to call the text Chinese. */
    static final double FREQUENT = 0.75;
    /** How much better than the other reading the chosen one must be. */
    static final double MARGIN = 0.15;

    private ChineseCharsets() {}

    /**
     * The Chinese charset the sample reads best in, or empty when its high bytes do not read as
     * frequent Chinese characters in either (Latin accents, Japanese, Korean) or read as well in both.
     */
    static Optional<Charset> best(byte[] sample) {
        boolean big5 = TextFormatDetector.decodesStrictly(sample, BIG5);
        boolean gb = TextFormatDetector.decodesStrictly(sample, GB18030);
        double big5Score = big5 ? share(sample, true) : -1;
        double gbScore = gb ? share(sample, false) : -1;
        if (big5Score >= FREQUENT && big5Score > gbScore + MARGIN) {
            return Optional.of(BIG5);
        }
        if (gbScore >= FREQUENT && gbScore > big5Score + MARGIN) {
            return Optional.of(GB18030);
        }
        return Optional.empty();
    }

    /** The share of double-byte characters that fall in the frequent block of Big5 (or of GB2312). */
    static double share(byte[] s, boolean big5) {
        int pairs = 0;
        int frequent = 0;
        for (int i = 0; i + 1 < s.length; i++) {
            int lead = s[i] & 0xFF;
            if (lead < 0x81) {
                continue;
            }
            int trail = s[i + 1] & 0xFF;
            i++;
            pairs++;
            if (lead == 0xA1 || (big5 ? lead >= 0xA4 && lead <= 0xC6 : lead >= 0xB0 && lead <= 0xD7 && trail >= 0xA1)) {
                frequent++;
            }
        }
        return pairs == 0 ? 0 : (double) frequent / pairs;
    }
}
