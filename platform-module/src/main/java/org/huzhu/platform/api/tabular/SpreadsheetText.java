package org.huzhu.platform.api.tabular;

/**
 * Text written into a file that people open in a spreadsheet (CSV, XLSX): a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @}, or with a tab or carriage return, is what Excel and WPS take for a formula or a command
 * ({@code =cmd|' /C calc'!A0} in a member's name would run on the clerk's computer). Such text gets a leading
 * apostrophe, which the spreadsheet shows as text. A single character ({@code -} for "none") is no formula and stays as
 * it is. Amounts and other numbers are written as numbers, never through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text, with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.length() < 2) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** One CSV field (RFC 4180): neutralised, and quoted when it holds a comma, a quote or a line break. */
    public static String csvField(String text) {
        String value = neutralise(text == null ? "" : text);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
