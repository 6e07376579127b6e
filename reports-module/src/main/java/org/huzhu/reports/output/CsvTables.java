package org.huzhu.reports.output;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.huzhu.platform.api.tabular.SpreadsheetText;

/**
 * Writes a {@link ReportTable} as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel shows Chinese
 * correctly, CRLF line ends, a header row, numbers as plain decimals with '.' and no grouping (ratios as
 * fractions), text quoted when it needs to be and prefixed with an apostrophe when a spreadsheet would take it for a
 * formula.
 */
final class CsvTables {

    private static final String BOM = "\uFEFF";

    private CsvTables() {
    }

    static byte[] write(ReportTable table) {
        StringBuilder csv = new StringBuilder(BOM);
        for (int column = 0; column < table.columns().size(); column++) {
            if (column > 0) {
                csv.append(',');
            }
            csv.append(quote(table.columns().get(column).header()));
        }
        csv.append("\r\n");
        for (var row : table.rows()) {
            for (int column = 0; column < row.size(); column++) {
                if (column > 0) {
                    csv.append(',');
                }
                Object cell = row.get(column);
                BigDecimal number = ReportTable.number(cell);
                if (number != null) {
                    csv.append(number.toPlainString());
                } else if (cell != null) {
                    csv.append(quote(cell.toString()));
                }
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text field, quoted when it needs to be and never a formula (see {@link SpreadsheetText}). */
    static String quote(String text) {
        return text == null ? "" : SpreadsheetText.csvField(text);
    }
}
