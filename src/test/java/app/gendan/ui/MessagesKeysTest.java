package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every key exists in both languages, and every key the screens name exists in a bundle. */
class MessagesKeysTest {
    // A string literal that names a key: messages.get("…"), m.get("…"), ctx.text("…") …
    private static final Pattern LOOKUP = Pattern.compile("\\b(?:messages|m|ctx)\\.(?:get|text)\\(\\s*\"([^\"]+)\"");
    // … and dotted literals in the key namespaces passed through helpers (tab("order.tab.lines"), …).
    private static final Pattern DOTTED = Pattern.compile(
            "\"((?:app|nav|search|button|dialog|startup|firstRun|board|order|customer|contact|settings|field|priority|status|role|validation|error|history|backup|restore)(?:\\.[A-Za-z0-9]+)+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/ui", "i18n/imports", "i18n/backups"})
    void sameKeysInChineseAndEnglish(String bundle) throws IOException {
        Set<String> en = keys(bundle + "_en.properties");
        Set<String> zh = keys(bundle + "_zh_CN.properties");
        assertThat(zh).as("keys of %s_en missing from %s_zh_CN", bundle, bundle).containsAll(en);
        assertThat(en).as("keys of %s_zh_CN missing from %s_en", bundle, bundle).containsAll(zh);
    }

    @Test
    void everyKeyTheScreensUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/gendan/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                collect(LOOKUP.matcher(src), used);
                collect(DOTTED.matcher(src), used);
            }
        }
        used.removeIf(k -> k.endsWith("."));
        assertThat(used).hasSizeGreaterThan(100);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages m = new Messages(locale);
            assertThat(used.stream().filter(k -> !m.has(k)).toList()).as("keys missing in %s", locale).isEmpty();
        }
    }

    @Test
    void everyPatternFormats() throws IOException {
        for (String bundle : new String[] {"i18n/messages", "i18n/ui", "i18n/imports", "i18n/backups"}) {
            for (String suffix : new String[] {"_en", "_zh_CN"}) {
                Properties p = load(bundle + suffix + ".properties");
                for (String key : p.stringPropertyNames()) {
                    // MessageFormat rejects unbalanced braces and bad choice formats
                    new java.text.MessageFormat(p.getProperty(key)).format(new Object[] {1, 2, 3, 4, 5});
                }
            }
        }
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
