package app.gendan.service.imports.values;

import java.util.Set;

/** Cell texts that mean "nothing here": "-", "/", "无", "N/A", "待定"... They read as blank, not as errors. */
final class Placeholders {
    private static final Set<String> WORDS = Set.of("-", "--", "—", "——", "/", "\\", "无", "暂无", "没有", "空", "待定",
            "未定", "不详", "未知", "n/a", "na", "n.a.", "none", "null", "nil", "tbd", "tba", "?", "？", "x", "#n/a");

    private Placeholders() {}

    static boolean isPlaceholder(String normalisedLowerCase) {
        return WORDS.contains(normalisedLowerCase.strip());
    }
}
