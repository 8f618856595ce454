package app.gendan.service.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus for the fast-path tests of each stage: a guard may skip its pattern only where the
 * pattern would change nothing, which these texts try from every side.
 */
public final class MixedTexts {
    private MixedTexts() {}

    /** Texts over characters the guarded patterns look for, and their neighbours. */
    public static List<String> of(int count, long seed) {
        String alphabet = "ab1２ -_–—‐()（）[]【】.,，。!！'’:：\t\n\u000B\f\r\u00a0\u3000\u2028周星期礼拜一天montuesat字\uD83D\uDE00";
        Random r = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(10); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
            texts.add(java.text.Normalizer.normalize(sb, java.text.Normalizer.Form.NFKC).strip().toLowerCase(java.util.Locale.ROOT));
        }
        return texts;
    }
}
