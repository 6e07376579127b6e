package org.huzhu.reports.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.huzhu.reports.api.summary.LargeClaim;
import org.huzhu.reports.api.summary.MonthlySummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the XLSX as what it is, a ZIP of SpreadsheetML, without a spreadsheet library. */
class MonthlyReportXlsxTest {

    static Map<String, String> parts;

    @BeforeAll
    static void render() throws IOException {
        byte[] xlsx = new MonthlyReportRenderer().xlsx(SampleSummary.total(), Locale.CHINA);
        Path out = Path.of("target", "report-samples");
        Files.createDirectories(out);
        Files.write(out.resolve("monthly-zh.xlsx"), xlsx);
        parts = unzip(xlsx);
    }

    @Test
    void there_is_one_sheet_per_table_with_chinese_names() {
        String workbook = parts.get("xl/workbook.xml");
        for (String name : List.of("主要指标", "月度保费与赔款", "进展三角形（金额）", "进展三角形（件数）", "进展因子的选择", "进展因子",
                "实际与预期进展", "已付三角形（金额）", "已付三角形（件数）", "年龄与性别", "大额赔案", "重大疾病发生率")) {
            assertTrue(workbook.contains("name=\"" + name + "\""), () -> "no sheet " + name + " in " + workbook);
        }
        assertEquals(12, sheets().size());
    }

    @Test
    void money_counts_and_ratios_are_numeric_cells_not_text() {
        Map<String, String> keyFigures = numericCells(sheets().get(0));
        assertTrue(keyFigures.containsValue("1234567.89"), () -> "earned premium not numeric: " + keyFigures);
        assertTrue(keyFigures.containsValue("987654.32"), () -> "incurred claims not numeric: " + keyFigures);
        assertTrue(keyFigures.containsValue("182345"), () -> "members in force not numeric: " + keyFigures);
        assertTrue(keyFigures.containsValue("0.8"), () -> "loss ratio not numeric: " + keyFigures);
        Map<String, String> paid = numericCells(sheets().get(7));
        assertTrue(paid.containsValue("712800"), () -> "paid triangle amount not numeric: " + paid); // 792,000 × 0.9
        Map<String, String> triangle = numericCells(sheets().get(2));
        assertTrue(triangle.containsValue("792000"), () -> "triangle amount not numeric: " + triangle);
        assertTrue(triangle.containsValue("2.8312"), () -> "development factor not numeric: " + triangle);
    }

    @Test
    void no_text_cell_holds_a_number() {
        Pattern number = Pattern.compile("-?[\\d,]+(\\.\\d+)?%?");
        for (String sheet : sheets()) {
            for (String text : textCells(sheet)) {
                assertTrue(!number.matcher(text.trim()).matches(), () -> "a number stored as text: " + text);
            }
        }
    }

    @Test
    void chinese_labels_reach_the_sheets() {
        String all = String.join("", textCells(sheets().get(0)));
        assertTrue(all.contains("在保会员人数"), all);
        assertTrue(all.contains("主要指标"), all);
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_written_as_text() throws IOException {
        MonthlySummary sample = SampleSummary.total();
        MonthlySummary hostile = new MonthlySummary(sample.scope(), sample.month(), sample.asOf(), sample.figures(), sample.series(),
                sample.triangle(), sample.bands(), List.of(new LargeClaim("@SUM(1+1)*cmd|' /C calc'!A0", java.time.YearMonth.of(2025, 6),
                "=cmd|' /C calc'!A0", new BigDecimal("90000.00"), new BigDecimal("90000.00"))), sample.seriousIllness());
        Map<String, String> saved = parts;
        try {
            parts = unzip(new MonthlyReportRenderer().xlsx(hostile, Locale.CHINA));
            List<String> texts = new ArrayList<>();
            sheets().forEach(sheet -> textCells(sheet).forEach(t -> texts.add(t.replace("&apos;", "'").replace("&quot;", "\"")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))));
            assertTrue(texts.contains("'=cmd|' /C calc'!A0"), () -> "the diagnosis kept as text: " + texts);
            assertTrue(texts.stream().noneMatch(t -> t.startsWith("=") || t.startsWith("@") || t.startsWith("+")), () -> texts.toString());
            assertTrue(sheets().stream().noneMatch(sheet -> sheet.contains("<f>")), "no formula cell anywhere");
        } finally {
            parts = saved;
        }
    }

    private static List<String> sheets() {
        Map<Integer, String> sheets = new TreeMap<>();
        Pattern name = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml");
        parts.forEach((path, xml) -> {
            Matcher m = name.matcher(path);
            if (m.matches()) {
                sheets.put(Integer.parseInt(m.group(1)), xml);
            }
        });
        return new ArrayList<>(sheets.values());
    }

    private static final Pattern CELL = Pattern.compile("<c ([^>]*?)(/>|>(.*?)</c>)", Pattern.DOTALL);

    /** Cell reference → value of the cells that hold a number (no t attribute, or t="n"). */
    static Map<String, String> numericCells(String sheet) {
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher m = CELL.matcher(sheet);
        while (m.find()) {
            String attributes = m.group(1);
            String body = m.group(3);
            if (body == null || attributes.contains("t=\"") && !attributes.contains("t=\"n\"")) {
                continue;
            }
            Matcher v = Pattern.compile("<v>(.*?)</v>").matcher(body);
            if (v.find()) {
                Matcher ref = Pattern.compile("r=\"(\\w+)\"").matcher(attributes);
                cells.put(ref.find() ? ref.group(1) : String.valueOf(cells.size()),
                        new BigDecimal(v.group(1)).stripTrailingZeros().toPlainString());
            }
        }
        return cells;
    }

    /** The texts of the cells stored as strings (inline or shared). */
    static List<String> textCells(String sheet) {
        List<String> shared = new ArrayList<>();
        String sst = parts.getOrDefault("xl/sharedStrings.xml", "");
        Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(sst);
        while (si.find()) {
            shared.add(si.group(1).replaceAll("<[^>]+>", ""));
        }
        List<String> texts = new ArrayList<>();
        Matcher m = CELL.matcher(sheet);
        while (m.find()) {
            String attributes = m.group(1);
            String body = m.group(3);
            if (body == null) {
                continue;
            }
            if (attributes.contains("t=\"inlineStr\"") || attributes.contains("t=\"str\"")) {
                texts.add(body.replaceAll("<[^>]+>", ""));
            } else if (attributes.contains("t=\"s\"")) {
                Matcher v = Pattern.compile("<v>(\\d+)</v>").matcher(body);
                if (v.find()) {
                    texts.add(shared.get(Integer.parseInt(v.group(1))));
                }
            }
        }
        return texts;
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
