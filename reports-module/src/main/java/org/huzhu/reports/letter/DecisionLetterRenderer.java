package org.huzhu.reports.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.reports.output.MonthlyReportRenderer;

/**
 * Renders a decision letter as PDF with the embedded CJK font: sections of label/value rows (the member, the claim, the
 * decision, the amounts in yuan with thousands separators, the explanation lines and the reasons). Chinese unless
 * English is asked for. The template is compiled at build time; thread-safe.
 */
public final class DecisionLetterRenderer {

    private static final String TEMPLATE = "/org/huzhu/reports/templates/decision_letter.jasper";
    /** An amount in a sentence of the claims module: four or more digits before decimals, not part of a larger number. */
    private static final Pattern LONG_AMOUNT = Pattern.compile("(?<![\\d.,])(\\d{4,})(?=\\.\\d)");

    private final JasperReport report;

    public DecisionLetterRenderer() {
        try (InputStream in = DecisionLetterRenderer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("compiled template " + TEMPLATE + " is missing: the build compiles src/main/jasperreports/*.jrxml");
            }
            report = (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("the decision letter template cannot be loaded", e);
        }
    }

    byte[] pdf(LetterFacts facts, Locale requested) {
        Locale locale = MonthlyReportRenderer.language(requested);
        ResourceBundle messages = MonthlyReportRenderer.messages(locale);
        ClaimRequests.ClaimView claim = facts.claim();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages);
        parameters.put("ISSUER", messages.getString("letter.issuer"));
        String subtitle = format(messages, "letter.subtitle", claim.reference(), facts.issuedOn().toString());
        parameters.put("SUBTITLE", subtitle);
        parameters.put("SALUTATION", format(messages, "letter.salutation", claim.memberName()));
        parameters.put("OPENING", format(messages, "letter.opening", claim.reference(), text(messages, "letter.status." + claim.status())));
        try {
            JasperPrint print = JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows(facts, messages)));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(messages.getString("letter.title") + " " + claim.reference());
            configuration.setMetadataSubject(subtitle);
            configuration.setMetadataCreator("Huzhu");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("the decision letter of " + claim.reference() + " could not be rendered", e);
        }
    }

    /** The letter's rows, section by section, every text in the letter's language. */
    static List<Map<String, ?>> rows(LetterFacts facts, ResourceBundle messages) {
        ClaimRequests.ClaimView claim = facts.claim();
        List<Map<String, ?>> rows = new ArrayList<>();
        String member = messages.getString("letter.section.member");
        add(rows, member, messages.getString("letter.memberName"), claim.memberName());
        add(rows, member, messages.getString("letter.residentId"), claim.residentId());
        add(rows, member, messages.getString("letter.unit"), claim.unitCode());

        String about = messages.getString("letter.section.claim");
        add(rows, about, messages.getString("letter.reference"), claim.reference());
        add(rows, about, messages.getString("letter.plan"), facts.planName() + " " + claim.versionCode());
        add(rows, about, messages.getString("letter.type"), text(messages, "letter.type." + claim.type()));
        add(rows, about, messages.getString("letter.serviceDate"), claim.serviceDate()
                + (claim.endDate() != null ? " – " + claim.endDate() : ""));
        if (claim.hospital() != null && !claim.hospital().isBlank()) {
            add(rows, about, messages.getString("letter.hospital"), claim.hospital());
        }
        if (claim.receivedOn() != null) {
            add(rows, about, messages.getString("letter.receivedOn"), claim.receivedOn().toString());
        }

        String decision = messages.getString("letter.section.decision");
        String word = text(messages, "letter.status." + claim.status());
        add(rows, decision, messages.getString("letter.decision"), word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        if (facts.decidedOn() != null) {
            add(rows, decision, messages.getString("letter.decidedOn"), facts.decidedOn().toString());
        }
        if (claim.rejectReasonText() != null) {
            add(rows, decision, messages.getString("letter.rejectReason"), claim.rejectReasonText());
        }

        String amounts = messages.getString("letter.section.amounts");
        amount(rows, amounts, messages.getString("letter.totalCost"), claim.totalCost());
        amount(rows, amounts, messages.getString("letter.basicInsurancePaid"), claim.basicInsurancePaid());
        amount(rows, amounts, messages.getString("letter.inScopeSelfPay"), claim.inScopeSelfPay());
        amount(rows, amounts, messages.getString("letter.outOfScopeSelfPay"), claim.outOfScopeSelfPay());
        amount(rows, amounts, messages.getString("letter.payable"), claim.payable());
        amount(rows, amounts, messages.getString("letter.approvedAmount"), claim.approvedAmount());
        amount(rows, amounts, messages.getString("letter.paidAmount"), claim.paidAmount());

        if (claim.assessment() != null) {
            String explanation = messages.getString("letter.section.explanation");
            int number = 1;
            for (ClaimRequests.LineView line : claim.assessment().lines()) {
                add(rows, explanation, (number++) + ".", grouped(line.text()));
            }
            for (ClaimRequests.ReasonView reason : claim.assessment().reasons()) {
                add(rows, explanation, reason.title(), grouped(reason.text()));
            }
        }
        return rows;
    }

    /** 12345.6 → "12,345.60". */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A sentence of the claims module with its amounts grouped as the letter's own: "15000.00" → "15,000.00"; dates and codes stay. */
    static String grouped(String sentence) {
        if (sentence == null) {
            return "";
        }
        Matcher number = LONG_AMOUNT.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(out, String.format(Locale.ROOT, "%,d", new BigInteger(number.group(1))));
        }
        number.appendTail(out);
        return out.toString();
    }

    private static void amount(List<Map<String, ?>> rows, String section, String label, BigDecimal amount) {
        if (amount != null) {
            add(rows, section, label, money(amount));
        }
    }

    private static void add(List<Map<String, ?>> rows, String section, String label, String value) {
        Map<String, Object> row = new HashMap<>();
        row.put("section", section);
        row.put("label", label);
        row.put("value", value);
        rows.add(row);
    }

    private static String text(ResourceBundle messages, String key) {
        return messages.containsKey(key) ? messages.getString(key) : key.substring(key.lastIndexOf('.') + 1);
    }

    private static String format(ResourceBundle messages, String key, Object... arguments) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(arguments);
    }
}
