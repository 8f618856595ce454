package app.gendan.service.imports.map;

import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.detect.HeaderText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the fields one header may mean. An exact synonym scores its weight; otherwise the
 * synonyms found inside the header count, preferring the one at the end ("客户电话",
 * "Company Phone" are phones, not customers), then the longest.
 */
final class HeaderMatcher {
    static final double EXACT = 1.0;

    // The known terms in the synonym table's order, and which of them are Latin: worked out
    // once, not for every term of every header.
    private static final String[] TERMS = HeaderSynonyms.all().keySet().toArray(new String[0]);
    private static final boolean[] LATIN = new boolean[TERMS.length];

    static {
        for (int i = 0; i < TERMS.length; i++) {
            LATIN[i] = TERMS[i].chars().allMatch(c -> c < 128);
        }
    }

    private HeaderMatcher() {}

    static List<FieldGuess> guesses(String header) {
        String words = HeaderText.words(header);
        String key = words.replace(" ", ""); // HeaderText.key, without normalising again
        if (key.isEmpty()) {
            return List.of();
        }
        Map<ImportField, Double> best = new LinkedHashMap<>();
        for (HeaderSynonyms.Sense s : HeaderSynonyms.senses(key)) {
            best.merge(s.field(), s.weight() * EXACT, Math::max);
        }
        if (best.isEmpty()) {
            partial(words, key, best);
        }
        List<FieldGuess> list = new ArrayList<>();
        best.forEach((f, c) -> list.add(new FieldGuess(f, Math.min(1.0, c))));
        list.sort(Comparator.comparingDouble(FieldGuess::confidence).reversed());
        return list;
    }

    private static void partial(String headerWords, String key, Map<ImportField, Double> out) {
        String words = " " + headerWords + " ";
        String[] tokens = words.trim().split(" ");
        // a Latin term can only be made of Latin words
        boolean anyLatin = key.chars().anyMatch(c -> c < 128);
        String bestTerm = null;
        boolean bestAtEnd = false;
        for (int i = 0; i < TERMS.length; i++) {
            String term = TERMS[i];
            boolean found;
            boolean atEnd;
            if (LATIN[i]) {
                if (term.length() < 3 || !anyLatin) {
                    continue;
                }
                String spaced = " " + latinWords(term, tokens) + " ";
                found = spaced.length() > 2 && words.contains(spaced);
                atEnd = found && words.endsWith(spaced);
            } else {
                if (term.length() < 2) {
                    continue;
                }
                found = key.contains(term);
                atEnd = found && key.endsWith(term);
            }
            if (!found) {
                continue;
            }
            boolean better = bestTerm == null
                    || atEnd && !bestAtEnd
                    || atEnd == bestAtEnd && term.length() > bestTerm.length();
            if (better) {
                bestTerm = term;
                bestAtEnd = atEnd;
            }
        }
        if (bestTerm == null) {
            return;
        }
        double coverage = (double) bestTerm.length() / key.length();
        double factor = 0.55 + 0.3 * coverage + (bestAtEnd ? 0.05 : 0);
        for (HeaderSynonyms.Sense s : HeaderSynonyms.senses(bestTerm)) {
            out.merge(s.field(), s.weight() * factor, Math::max);
        }
    }

    // Latin terms are stored without spaces ("dealtitle"); rebuild their word form from the header's words.
    private static String latinWords(String term, String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < tokens.length && sb.length() < term.length(); j++) {
                sb.append(tokens[j]);
                if (sb.toString().equals(term)) {
                    return String.join(" ", java.util.Arrays.copyOfRange(tokens, i, j + 1));
                }
            }
        }
        return "";
    }
}
