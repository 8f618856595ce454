package app.gendan.service.imports.values;

import java.util.regex.Pattern;

/**
 * The white-space fold that cell words and the planner's keys share: a run of white space
 * becomes one " ". The check comes first because most texts have single spaces only, and then
 * the pattern need not run at all.
 */
public final class SpaceFold {
    /** What is folded: a run of white space. */
    public static final Pattern SPACES = Pattern.compile("\\s+");

    private SpaceFold() {}

    /** Whether {@link #SPACES} changes t: a white space other than " ", or two in a row. */
    public static boolean changes(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                if (i + 1 < t.length() && isSpace(t.charAt(i + 1))) {
                    return true;
                }
            } else if (isSpace(c)) {
                return true;
            }
        }
        return false;
    }

    // \s is [ \t\n\x0B\f\r]
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
