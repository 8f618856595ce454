package app.gendan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the import code uses exists, as a valid pattern, in both languages. */
class ImportMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties en = load("imports_en.properties");
        Properties zh = load("imports_zh_CN.properties");
        assertThat(en.stringPropertyNames()).isNotEmpty().isEqualTo(zh.stringPropertyNames());
        for (Properties p : new Properties[] {en, zh}) {
            for (String k : p.stringPropertyNames()) {
                assertThat(new MessageFormat(p.getProperty(k)).format(new Object[] {"a", 1})).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyInTheCodeIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(imports\\.(?:error|problem)\\.[A-Za-z]+)\"");
        // the whole tree: every stage of the import names its own problems
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/gendan/service/imports"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (ImportField f : ImportField.values()) {
            used.add(f.messageKey());
        }
        for (Severity s : Severity.values()) {
            used.add("imports.severity." + s.name());
        }
        assertThat(used).hasSizeGreaterThan(40);
        Properties en = load("imports_en.properties");
        Properties zh = load("imports_zh_CN.properties");
        assertThat(en.stringPropertyNames()).containsAll(used);
        assertThat(zh.stringPropertyNames()).containsAll(used);
    }
}
