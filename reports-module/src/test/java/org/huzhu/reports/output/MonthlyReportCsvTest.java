package org.huzhu.reports.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.huzhu.reports.api.summary.LagTriangle;
import org.huzhu.reports.api.summary.LargeClaim;
import org.huzhu.reports.api.summary.MonthlySummary;
import org.junit.jupiter.api.Test;

class MonthlyReportCsvTest {

    final MonthlyReportRenderer renderer = new MonthlyReportRenderer();
    final MonthlySummary summary = SampleSummary.total();

    @Test
    void there_is_one_csv_file_per_table() {
        assertEquals(List.of("key-figures.csv", "monthly-series.csv", "lag-triangle-amounts.csv", "lag-triangle-counts.csv",
                "age-sex-bands.csv", "large-claims.csv", "serious-illness.csv"),
                List.copyOf(renderer.csv(summary, Locale.CHINA).keySet()));
    }

    @Test
    void files_are_utf8_with_a_byte_order_mark_so_that_excel_reads_chinese() {
        byte[] csv = renderer.csv(summary, Locale.CHINA).get("key-figures.csv");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("在保会员人数"));
    }

    @Test
    void key_figures_parse_back_to_the_same_numbers() {
        List<List<String>> rows = parse(renderer.csv(summary, Locale.ENGLISH).get("key-figures.csv"));
        assertEquals(List.of("Figure", "Value"), rows.get(0));
        assertEquals(List.of("Valuation date (month end)", SampleSummary.total().month().atEndOfMonth().toString()), rows.get(1));
        assertEquals(SampleSummary.EARNED_PREMIUM, number(rows, "Earned premium"));
        assertEquals(SampleSummary.INCURRED_CLAIMS, number(rows, "Incurred claims"));
        assertEquals(SampleSummary.FUND_BALANCE, number(rows, "Fund balance"));
        assertEquals(new BigDecimal(SampleSummary.MEMBERS_IN_FORCE), number(rows, "Members in force"));
        assertEquals(new BigDecimal("0.8000"), number(rows, "Loss ratio, month"));
    }

    @Test
    void the_lag_triangle_parses_back_cell_by_cell_with_blanks_where_not_yet_developed() {
        List<List<String>> rows = parse(renderer.csv(summary, Locale.ENGLISH).get("lag-triangle-amounts.csv"));
        LagTriangle triangle = summary.triangle();
        assertEquals("Lag 0", rows.get(0).get(1));
        for (int i = 0; i < triangle.rows().size(); i++) {
            LagTriangle.Row row = triangle.rows().get(i);
            List<String> csv = rows.get(i + 1);
            assertEquals(row.monthOfService().toString(), csv.get(0));
            for (int lag = 0; lag < triangle.lags(); lag++) {
                if (lag < row.amounts().size()) {
                    assertEquals(row.amounts().get(lag), new BigDecimal(csv.get(lag + 1)));
                } else {
                    assertEquals("", csv.get(lag + 1));
                }
            }
            assertEquals(row.ibnr(), new BigDecimal(csv.get(triangle.lags() + 1)));
            // the reserve of the row beside it: method by name, CDF, ultimate, standard error
            assertEquals(i < 3 ? "Chain ladder" : "Bornhuetter–Ferguson", csv.get(triangle.lags() + 2));
            assertEquals(row.cdf(), new BigDecimal(csv.get(triangle.lags() + 3)));
            assertEquals(row.ultimate(), new BigDecimal(csv.get(triangle.lags() + 4)));
            assertEquals(row.standardError(), new BigDecimal(csv.get(triangle.lags() + 5)));
        }
        List<String> development = rows.get(triangle.rows().size() + 1);
        assertEquals("Development factor", development.get(0));
        assertEquals(new BigDecimal("2.8312"), new BigDecimal(development.get(1)));
    }

    @Test
    void numbers_have_a_decimal_point_and_no_grouping_even_in_chinese() {
        String csv = new String(renderer.csv(summary, Locale.CHINA).get("key-figures.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",1234567.89\r\n"), csv);
        assertTrue(!csv.contains("1,234,567"), csv);
    }

    @Test
    void text_with_commas_is_quoted() {
        List<List<String>> rows = parse(renderer.csv(summary, Locale.ENGLISH).get("large-claims.csv"));
        assertEquals("恶性肿瘤 C34, lung", rows.get(2).get(2));
        assertEquals(new BigDecimal("72000.00"), new BigDecimal(rows.get(2).get(3)));
    }

    @Test
    void the_zip_holds_every_csv_file() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(renderer.csvZip(summary, Locale.CHINA)))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        assertEquals(List.copyOf(renderer.csv(summary, Locale.CHINA).keySet()), names);
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        MonthlySummary hostile = new MonthlySummary(summary.scope(), summary.month(), summary.asOf(), summary.figures(), summary.series(),
                summary.triangle(), summary.bands(), List.of(new LargeClaim("C-2025-000999", java.time.YearMonth.of(2025, 6),
                "=cmd|' /C calc'!A0", new BigDecimal("90000.00"), new BigDecimal("-100.00"))), summary.seriousIllness());
        String csv = new String(renderer.csv(hostile, Locale.ENGLISH).get("large-claims.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=cmd|' /C calc'!A0"), csv);
        for (String line : csv.split("\r\n")) {
            for (String field : line.split(",")) {
                assertTrue(!field.startsWith("=") && !field.startsWith("\"="), "a formula in " + line);
            }
        }
        assertTrue(csv.contains(",-100.00"), "numbers stay numbers, negative ones too: " + csv);
    }

    @Test
    void an_empty_table_is_a_header_row_only() {
        MonthlySummary none = new MonthlySummary(summary.scope(), summary.month(), summary.asOf(), summary.figures(),
                summary.series(), LagTriangle.empty(), List.of(), List.of(), List.of());
        Map<String, byte[]> csv = renderer.csv(none, Locale.ENGLISH);
        assertEquals(1, parse(csv.get("large-claims.csv")).size());
        assertNull(number(parse(csv.get("key-figures.csv")), "No such figure"));
    }

    private static BigDecimal number(List<List<String>> rows, String label) {
        return rows.stream().filter(row -> row.get(0).equals(label)).findFirst()
                .map(row -> new BigDecimal(row.get(1))).orElse(null);
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF; drops the byte-order mark. */
    static List<List<String>> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
