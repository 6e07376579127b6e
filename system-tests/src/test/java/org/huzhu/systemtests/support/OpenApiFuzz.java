package org.huzhu.systemtests.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Boundary and malformed values for a field or parameter, by the type its OpenAPI schema gives: what a careless client,
 * a broken spreadsheet macro or someone probing sends. Values are JSON values ({@link Raw} for a literal that Java cannot
 * hold, like a number past {@code long}); parameters take their text.
 */
public final class OpenApiFuzz {

    private OpenApiFuzz() {
    }

    /** A JSON literal written as it is. */
    public record Raw(String json) {
    }

    private static final String LONG_TEXT = "长".repeat(5000);
    private static final List<Object> ANY = List.of(new Raw("null"), "", " ", LONG_TEXT, "a\u0000b\u0007c", "王\u202Egnp.exe", "=cmd|' /C calc'!A0",
            "'; drop table claims.claim; --", new Raw("[]"), new Raw("{}"), new Raw("true"));
    private static final List<Object> DATES = List.of("0001-01-01", "+100000-01-01", "-0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01",
            "20260101", "tomorrow", new Raw("20260101"));
    private static final List<Object> INTEGERS = List.of(new Raw("-1"), new Raw("0"), new Raw("2147483648"), new Raw("1099511627776"),
            new Raw("9223372036854775808"), new Raw("-9223372036854775809"), new Raw("1.5"), new Raw("1e30"), "12", "abc");
    private static final List<Object> NUMBERS = List.of(new Raw("-1"), new Raw("0"), new Raw("-0.01"), new Raw("0.001"), new Raw("1e30"),
            new Raw("1e-30"), new Raw("999999999999.99"), new Raw("1000000000000.00"), new Raw("123456789012345678901234567890"),
            "NaN", "Infinity", "1,000.00", "abc");
    private static final List<Object> BOOLEANS = List.of("yes", new Raw("2"), new Raw("\"true\""));

    /** The values to try for a field of this schema (already resolved: no {@code $ref}). */
    public static List<Object> values(Map<String, Object> schema) {
        List<Object> values = new ArrayList<>(ANY);
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if (schema.get("enum") instanceof List<?> constants && !constants.isEmpty()) {
            values.add("NO_SUCH_" + constants.get(0));
            values.add(String.valueOf(constants.get(0)).toLowerCase());
        }
        switch (type) {
            case "string" -> {
                if (format.startsWith("date")) {
                    values.addAll(DATES);
                }
                values.add(new Raw("1e30"));
                values.add("0000-01");
                values.add("2026-00");
                values.add("999999-12");
            }
            case "integer" -> values.addAll(INTEGERS);
            case "number" -> values.addAll(NUMBERS);
            case "boolean" -> values.addAll(BOOLEANS);
            case "array" -> {
                values.add(new Raw("[null]"));
                values.add(new Raw("[[]]"));
                List<String> many = new ArrayList<>();
                for (int i = 0; i < 10_000; i++) {
                    many.add("FUZZ" + i);
                }
                values.add(many);
                values.add(Collections.nCopies(3, "SAME"));
            }
            default -> values.addAll(INTEGERS.subList(0, 4));
        }
        return values;
    }

    /** The values to try for a path or query parameter of this schema, as text (to be URL-encoded). */
    public static List<String> parameterValues(Map<String, Object> schema) {
        List<String> values = new ArrayList<>(List.of("", " ", "-1", "0", "2147483648", "9223372036854775808", "abc", "1e30", "0000-01",
                "+100000-01", "2026-13", "0001-01-01", "+100000-01-01", "2026-02-30", "\u0000", "a\rb", "王\u202Egnp", "../../etc/passwd",
                "x".repeat(2000)));
        if (schema.get("enum") instanceof List<?> constants && !constants.isEmpty()) {
            values.add("NO_SUCH_" + constants.get(0));
        }
        return values;
    }

    /** Whole bodies that are not what any operation takes. */
    public static List<String> malformedBodies() {
        return List.of("", "{", "[]", "null", "42", "\"text\"", "{\"a\":", "{\"a\":1,}", "\u0000", "[" + "[".repeat(5000) + "]".repeat(5000) + "]");
    }

    /** Writes a JSON value: maps, lists, text, numbers, booleans, null and {@link Raw} literals. */
    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String text) {
            out.append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Double number) {
            out.append(BigDecimal.valueOf(number).toPlainString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof BigInteger) {
            out.append(value);
        } else {
            write(out, String.valueOf(value));
        }
    }

    /** A copy of the object with one field set to the value. */
    public static Map<String, Object> with(Map<String, Object> object, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(object);
        copy.put(field, value);
        return copy;
    }
}
