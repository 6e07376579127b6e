package org.huzhu.insurance.api.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An inclusive range of ICD-10 codes such as {@code C00-C97} or {@code Z95.2-Z95.4}; a single code is a
 * range of one. A bound given as a three-character category includes all its subcodes.
 */
public record IcdRange(String from, String to) {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");

    public IcdRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    /** Reads {@code A00-B99} or {@code A00}; throws IllegalArgumentException when malformed. */
    public static IcdRange parse(String text) {
        String[] parts = text.strip().toUpperCase(Locale.ROOT).split("-", -1);
        if (parts.length > 2 || !isCode(parts[0]) || !isCode(parts[parts.length - 1])) {
            throw new IllegalArgumentException("Not an ICD-10 code range: " + text);
        }
        return new IcdRange(parts[0], parts[parts.length - 1]);
    }

    public boolean ordered() {
        return compact(from).compareTo(compact(to)) <= 0;
    }

    public boolean contains(String icd10Code) {
        if (icd10Code == null) {
            return false;
        }
        String code = compact(icd10Code.strip().toUpperCase(Locale.ROOT));
        String upper = compact(to);
        String head = code.length() > upper.length() ? code.substring(0, upper.length()) : code;
        return code.compareTo(compact(from)) >= 0 && head.compareTo(upper) <= 0;
    }

    private static String compact(String code) {
        return code.replace(".", "");
    }

    @Override
    public String toString() {
        return from.equals(to) ? from : from + "-" + to;
    }
}
