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
                "reserving-basis.csv", "development-factors.csv", "actual-vs-expected.csv", "paid-triangle-amounts.csv",
                "paid-triangle-counts.csv", "age-sex-bands.csv", "large-claims.csv", "serious-illness.csv"),
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
            assertEquals(i < 3 ? "Chain ladder" : "BF (priced)", csv.get(triangle.lags() + 2));
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
    void the_selection_of_factors_states_the_average_the_tail_and_the_reason_in_words_not_codes() {
        List<List<String>> english = parse(renderer.csv(summary, Locale.ENGLISH).get("reserving-basis.csv"));
        assertEquals(List.of("Months averaged", "Latest 12 calendar months (diagonals)"), english.get(1));
        assertEquals(List.of("Average", "Simple average of the link ratios"), english.get(2));
        assertEquals(List.of("Highest and lowest link ratio of each lag left out (at least 2 kept)", "Yes"), english.get(3));
        assertEquals(List.of("Factors selected by the actuary", "1"), english.get(4));
        assertEquals(List.of("Tail factor", "1.005"), english.get(5));
        assertEquals(List.of("Reason for the selection", SampleSummary.REASON), english.get(6));
        List<List<String>> chinese = parse(renderer.csv(summary, Locale.CHINA).get("reserving-basis.csv"));
        assertEquals(List.of("平均范围", "最近 12 个日历月（对角线）"), chinese.get(1));
        assertEquals(List.of("平均方式", "链接比简单平均"), chinese.get(2));
    }

    @Test
    void each_lag_shows_its_computed_and_its_selected_factor_and_the_override_is_marked() {
        List<List<String>> rows = parse(renderer.csv(summary, Locale.ENGLISH).get("development-factors.csv"));
        assertEquals(List.of("Lag", "Computed", "Selected (used)", "Source"), rows.get(0));
        assertEquals(List.of("Lag 0 → 1", "2.831200", "2.831200", "Computed average"), rows.get(1));
        assertEquals(List.of("Lag 1 → 2", "1.234512", "1.250000", "Selected by the actuary"), rows.get(2));
        assertEquals(List.of("Tail (last lag → ultimate)", "", "1.005000", "Selected by the actuary"), rows.get(6));
        List<List<String>> chinese = parse(renderer.csv(summary, Locale.CHINA).get("development-factors.csv"));
        assertEquals(List.of("滞后 1 → 2 月", "1.234512", "1.250000", "精算师选定"), chinese.get(2));
    }

    @Test
    void actual_against_expected_development_lists_each_month_of_service_and_the_total() {
        List<List<String>> rows = parse(renderer.csv(summary, Locale.ENGLISH).get("actual-vs-expected.csv"));
        assertEquals(List.of("Month of service", "Lag", "Reported then", "Factor then", "Expected development", "Reported now",
                "Actual development", "Difference (actual − expected)", "Actual / expected"), rows.get(0));
        assertEquals(List.of("2025-04", "Lag 1 → 2", "600000.00", "1.250000", "150000.00", "752000.00", "152000.00", "2000.00", "1.0133"),
                rows.get(1));
        assertEquals(List.of("Total", "", "", "", "534552.00", "", "557432.10", "22880.10", "1.0428"), rows.get(3));
    }

    @Test
    void without_a_previous_report_the_comparison_says_so_instead_of_showing_zeros() {
        MonthlySummary first = SampleSummary.withDefaultsAndNoPreviousReport();
        List<List<String>> english = parse(renderer.csv(first, Locale.ENGLISH).get("actual-vs-expected.csv"));
        assertEquals(2, english.size());
        assertEquals("There is no stored report for 2025-05: nothing to compare this month.", english.get(1).get(0));
        assertTrue(english.get(1).subList(1, english.get(1).size()).stream().allMatch(String::isEmpty), english.toString());
        List<List<String>> chinese = parse(renderer.csv(first, Locale.CHINA).get("actual-vs-expected.csv"));
        assertEquals("2025-05 没有已存的报告：本期不作实际与预期比较。", chinese.get(1).get(0));
        List<List<String>> basis = parse(renderer.csv(first, Locale.ENGLISH).get("reserving-basis.csv"));
        assertEquals(List.of("Months averaged", "All calendar months of the window"), basis.get(1));
        assertEquals(List.of("Tail factor", "None (the triangle's last lag is taken as ultimate)"), basis.get(5));
        assertEquals(List.of("Reason for the selection", "(default selection, no reason needed)"), basis.get(6));
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
