package app.gendan.service.imports.values;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact cell that holds a name and a phone number together, as reps type them: "张伟 13812345678",
 * "李娜/0571-88886666", "John Smith (+1 415 555 0100)". Split into both, so neither is lost and the
 * number can still find the customer.
 */
public record NameAndPhone(String name, String phone, boolean mobile) {
    // seven digits at least, with the separators phone numbers are written with
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d\\s\\-()]{5,}\\d");
    private static final Pattern EDGES = Pattern.compile("^[\\s/,，、:：;；()（）\\-]+|[\\s/,，、:：;；()（）\\-]+$");

    public static Optional<NameAndPhone> split(String text) {
        if (text == null || !hasLetter(text)) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group().replaceAll("\\D", "");
        if (digits.length() < 7) {
            return Optional.empty();
        }
        String name = EDGES.matcher(text.substring(0, m.start()) + " " + text.substring(m.end())).replaceAll("").strip()
                .replaceAll("\\s{2,}", " ");
        Parsed<String> phone = PhoneNormaliser.normalise(m.group().strip());
        if (name.isEmpty() || phone.value() == null || phone.hasProblem() || !hasLetter(name)) {
            return Optional.empty();
        }
        return Optional.of(new NameAndPhone(name, phone.value(), PhoneNormaliser.isMobile(phone.value())));
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
