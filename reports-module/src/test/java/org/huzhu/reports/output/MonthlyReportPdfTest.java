package org.huzhu.reports.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huzhu.reports.api.summary.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MonthlyReportPdfTest {

    static MonthlyReportRenderer renderer;
    static byte[] chinese;
    static byte[] english;

    @BeforeAll
    static void render() throws IOException {
        renderer = new MonthlyReportRenderer();
        chinese = renderer.pdf(SampleSummary.total());
        english = renderer.pdf(SampleSummary.total(), Locale.ENGLISH);
        // kept for a visual check (e.g. pdftoppm -png -r 80 -f 1 -l 1); never committed
        Path out = Path.of("target", "report-samples");
        Files.createDirectories(out);
        Files.write(out.resolve("monthly-zh.pdf"), chinese);
        Files.write(out.resolve("monthly-en.pdf"), english);
    }

    @Test
    void the_chinese_pdf_shows_the_chinese_title_and_the_totals() throws IOException {
        String text = text(chinese);
        assertContains(text, "职工互助保障计划月度精算报告");
        assertContains(text, "全部计划");
        assertContains(text, "已赚保费");
        assertContains(text, "1,234,567.89");
        assertContains(text, "987,654.32");
        assertContains(text, "45,678,901.23");
        assertContains(text, "182,345");
        assertContains(text, "80.0%");
    }

    @Test
    void every_page_is_headed_with_the_valuation_date_not_only_the_time_it_was_made() throws IOException {
        String valuationDate = SampleSummary.total().month().atEndOfMonth().toString();
        for (byte[] pdf : List.of(chinese, english)) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertContains(stripper.getText(document), valuationDate);
                }
            }
        }
        assertContains(text(english), "valued as at " + valuationDate);
        assertContains(text(chinese), "评估日：" + valuationDate);
    }

    @Test
    void chinese_is_the_default_language_for_any_locale_but_english() throws IOException {
        String text = text(renderer.pdf(SampleSummary.total(), Locale.GERMANY));
        assertContains(text, "职工互助保障计划月度精算报告");
    }

    @Test
    void the_english_pdf_has_the_english_title_and_no_chinese_labels() throws IOException {
        String text = text(english);
        assertContains(text, "Monthly Actuarial Report of the Workers' Mutual-Aid Plans");
        assertContains(text, "All plans");
        assertContains(text, "Earned premium");
        assertContains(text, "1,234,567.89");
        assertFalse(text.contains("职工互助保障计划月度精算报告"), "English report carries the Chinese title");
    }

    @Test
    void the_pdf_has_the_lag_triangle_with_its_factors_and_the_other_tables() throws IOException {
        String text = text(chinese);
        assertContains(text, "赔款进展三角形");
        assertContains(text, "滞后 5 月");
        assertContains(text, "792,000.00");
        assertContains(text, "进展因子");
        assertContains(text, "2.8312");
        assertContains(text, "完成因子");
        assertContains(text, "大额赔案");
        assertContains(text, "C-2025-000873");
        assertContains(text, "恶性肿瘤");
        assertContains(text, "年龄与性别分布");
    }

    @Test
    void the_pdf_states_how_the_factors_were_selected_and_how_last_months_report_did_in_both_languages() throws IOException {
        String zh = text(chinese);
        assertContains(zh, "进展因子的选择");
        assertContains(zh, "链接比简单平均");
        assertContains(zh, "精算师选定");
        assertContains(zh, "2024 年 10 月理赔系统迁移");
        assertContains(zh, "实际与预期进展：与 2025-05 第 2 版报告比较");
        assertContains(zh, "534,552.00");
        String en = text(english);
        assertContains(en, "Selection of the development factors");
        assertContains(en, "Selected by the actuary");
        assertContains(en, "Actual versus expected development since the 2025-05 report, revision 2");
        for (String code : List.of("LAST_12", "SIMPLE", "VOLUME", "CHAIN_LADDER")) {
            assertFalse(en.contains(code) || zh.contains(code), code + " shown as a code");
        }
    }

    @Test
    void a_plan_report_names_the_plan() throws IOException {
        String text = text(renderer.pdf(SampleSummary.of(Scope.plan("SH-INPATIENT-W", "在职职工住院补充医疗互助保障计划"))));
        assertContains(text, "在职职工住院补充医疗互助保障计划");
    }

    @Test
    void every_font_in_the_pdf_is_embedded_and_the_chinese_one_is_wenquanyi() throws IOException {
        try (PDDocument document = Loader.loadPDF(chinese)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            assertTrue(fonts.stream().anyMatch(name -> name.contains("WenQuanYi")), "fonts used: " + fonts);
        }
    }

    @Test
    void templates_are_compiled_at_build_time_and_no_report_compiler_is_on_the_runtime_classpath() {
        for (String template : List.of("monthly_report.jasper", "monthly_table.jasper")) {
            assertTrue(MonthlyReportRenderer.class.getResource("/org/huzhu/reports/templates/" + template) != null, template);
        }
        for (String compiler : List.of("net.sf.jasperreports.jdt.JRJdtCompiler", "org.eclipse.jdt.internal.compiler.Compiler")) {
            try {
                Class.forName(compiler);
                throw new AssertionError(compiler + " is on the classpath: templates must not be compiled at runtime");
            } catch (ClassNotFoundException expected) {
                // as intended
            }
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
    }
}
