package org.huzhu.reports.letter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huzhu.claims.api.ClaimRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecisionLetterRendererTest {

    static DecisionLetterRenderer renderer;

    @BeforeAll
    static void load() {
        renderer = new DecisionLetterRenderer();
    }

    static ClaimRequests.ClaimView claim(String status, String rejectReasonText) {
        List<ClaimRequests.LineView> lines = List.of(
                new ClaimRequests.LineView("INPATIENT", "DEDUCTIBLE", "deductible", new BigDecimal("16000.00"), null,
                        new BigDecimal("500.00"), null, null, "住院医疗：起付线 500.00 元，由会员自付"),
                new ClaimRequests.LineView("INPATIENT", "RATE", "rate", new BigDecimal("15500.00"), new BigDecimal("0.5"),
                        new BigDecimal("7750.00"), new BigDecimal("12500.00"), null, "住院医疗：15500.00 元按 50% 给付 7750.00 元"));
        List<ClaimRequests.ReasonView> reasons = List.of(new ClaimRequests.ReasonView("CAP", "已达年度限额", "年度限额 15000.00 元已用至 12500.00 元"));
        ClaimRequests.AssessmentView assessment = new ClaimRequests.AssessmentView(1, "INTAKE", "2026", LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30), new BigDecimal("7750.00"), "officer", LocalDateTime.of(2026, 11, 20, 9, 30), lines, reasons);
        return new ClaimRequests.ClaimView(42, "CL00000042", status, 7, "310115198203150416", "王建国", "PD-0001", "WORKING_INPATIENT", "2026",
                "INPATIENT", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), 8, "复旦大学附属中山医院", "TERTIARY", "K35.8", null, null,
                new BigDecimal("23456.78"), new BigDecimal("12000.00"), new BigDecimal("9456.78"), new BigDecimal("2000.00"),
                List.of("INV-1"), LocalDate.of(2026, 11, 12), LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30),
                new BigDecimal("7750.00"), "APPROVED".equals(status) ? new BigDecimal("7750.00") : null, null, false, "supervisor",
                null, rejectReasonText, "FORM", "officer", LocalDateTime.of(2026, 11, 12, 10, 0), assessment, List.of(), null);
    }

    static LetterFacts facts(ClaimRequests.ClaimView claim) {
        return new LetterFacts(claim, "在职职工住院补充医疗互助保障计划", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 7));
    }

    @Test
    void an_approval_letter_names_the_member_the_claim_and_the_decision_and_has_its_figures() throws IOException {
        byte[] pdf = renderer.pdf(facts(claim("APPROVED", null)), Locale.SIMPLIFIED_CHINESE);
        Files.createDirectories(Path.of("target", "report-samples"));
        Files.write(Path.of("target", "report-samples", "decision-letter-zh.pdf"), pdf);
        String text = text(pdf);
        for (String expected : List.of("理赔决定通知书", "王建国", "310115198203150416", "CL00000042", "在职职工住院补充医疗互助保障计划 2026",
                "住院", "2026-11-02 – 2026-11-09", "复旦大学附属中山医院", "审核通过，核定给付", "2026-11-20", "出具日期 2026-12-07",
                "23,456.78", "12,000.00", "9,456.78", "2,000.00", "7,750.00", "住院医疗：15,500.00 元按 50% 给付 7,750.00 元",
                "已达年度限额", "年度限额 15,000.00 元已用至 12,500.00 元")) {
            assertContains(text, expected);
        }
    }

    @Test
    void a_rejection_letter_gives_the_reason_and_no_approved_amount() throws IOException {
        String text = text(renderer.pdf(facts(claim("REJECTED", "材料不全：缺少出院小结")), Locale.SIMPLIFIED_CHINESE));
        assertContains(text, "不予给付");
        assertContains(text, "材料不全：缺少出院小结");
        assertFalse(text.contains("核定给付"), text);
    }

    @Test
    void the_english_letter_has_english_labels_and_the_same_figures() throws IOException {
        byte[] pdf = renderer.pdf(facts(claim("APPROVED", null)), Locale.ENGLISH);
        Files.createDirectories(Path.of("target", "report-samples"));
        Files.write(Path.of("target", "report-samples", "decision-letter-en.pdf"), pdf);
        String text = text(pdf);
        for (String expected : List.of("Claim Decision Letter", "Dear 王建国,", "Benefit approved", "23,456.78", "7,750.00", "Inpatient stay")) {
            assertContains(text, expected);
        }
        assertFalse(text.contains("理赔决定通知书"), text);
    }

    @Test
    void every_font_of_the_letter_is_embedded_and_the_chinese_one_is_wenquanyi() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(facts(claim("APPROVED", null)), Locale.SIMPLIFIED_CHINESE))) {
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

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
    }
}
