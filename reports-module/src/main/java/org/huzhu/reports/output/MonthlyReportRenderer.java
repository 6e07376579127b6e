package org.huzhu.reports.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.huzhu.platform.api.tabular.SpreadsheetText;
import org.huzhu.reports.api.summary.MonthlyPoint;
import org.huzhu.reports.api.summary.MonthlySummary;

/**
 * Renders the monthly actuarial summary: PDF with the embedded CJK font, the two charts and every table;
 * XLSX with one sheet per table and numeric cells; CSV, one file per table. Chinese unless English is asked
 * for. Templates are loaded once, precompiled at build time ({@code org/huzhu/reports/templates/*.jasper});
 * nothing is compiled at runtime. Thread-safe: one instance can serve every request.
 *
 * <p>Reports are small (a few hundred rows): the summary is aggregated before it gets here, so no
 * virtualizer is used.
 */
public final class MonthlyReportRenderer {

    /** The report's default language. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final String TEMPLATES = "/org/huzhu/reports/templates/";
    private static final String MESSAGES = "org.huzhu.reports.i18n.messages";
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final JasperReport report;
    private final JasperReport table;

    public MonthlyReportRenderer() {
        this.report = load("monthly_report.jasper");
        this.table = load("monthly_table.jasper");
    }

    /** English for any English locale, otherwise Chinese (the default). */
    public static Locale language(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    /** The report's messages in the given language, never falling back to the JVM's default locale. */
    public static ResourceBundle messages(Locale requested) {
        Locale language = language(requested);
        return ResourceBundle.getBundle(MESSAGES, language.equals(CHINESE) ? Locale.ROOT : language,
                MonthlyReportRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public byte[] pdf(MonthlySummary summary) {
        return pdf(summary, CHINESE);
    }

    /** The PDF report: title, charts (earned premium vs incurred claims, loss ratio), then every table. */
    public byte[] pdf(MonthlySummary summary, Locale requested) {
        Locale locale = language(requested);
        ResourceBundle messages = messages(locale);
        List<ReportTable> tables = new SummaryTables(messages).of(summary);

        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages);
        parameters.put("SUBTITLE", subtitle(summary, messages));
        parameters.put("SERIES", series(summary.series()));
        parameters.put("TABLE_REPORT", table);

        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportTable reportTable : tables) {
            Map<String, Object> row = new HashMap<>();
            row.put("title", reportTable.title());
            row.put("corner", reportTable.columns().get(0).header());
            row.put("cells", cells(reportTable));
            rows.add(row);
        }
        try {
            JasperPrint print = JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(messages.getString("report.title"));
            configuration.setMetadataSubject(subtitle(summary, messages));
            configuration.setMetadataCreator("Huzhu");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("the monthly report could not be rendered as PDF", e);
        }
    }

    /** XLSX: one sheet per table, a title row, then the table with numbers kept as numbers. */
    public byte[] xlsx(MonthlySummary summary, Locale requested) {
        Locale locale = language(requested);
        ResourceBundle messages = messages(locale);
        List<ReportTable> tables = new SummaryTables(messages).of(summary);
        try {
            List<JasperPrint> sheets = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (ReportTable reportTable : tables) {
                Map<String, Object> parameters = new HashMap<>();
                parameters.put(JRParameter.REPORT_LOCALE, locale);
                parameters.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
                parameters.put("TABLE_TITLE", reportTable.title() + " — " + summary.month().atEndOfMonth());
                parameters.put("CORNER_LABEL", reportTable.columns().get(0).header());
                parameters.put("EMPTY_LABEL", messages.getString("table.empty"));
                // text that a spreadsheet would run as a formula (a hospital's or a plan's name) is kept as text
                sheets.add(JasperFillManager.fillReport(table, parameters, new JRMapCollectionDataSource(cells(reportTable,
                        SpreadsheetText::neutralise))));
                names.add(sheetName(messages, reportTable));
            }
            JRXlsxExporter exporter = new JRXlsxExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(sheets));
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(xlsx));
            SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
            configuration.setOnePagePerSheet(false);
            configuration.setSheetNames(names.toArray(String[]::new));
            configuration.setRemoveEmptySpaceBetweenRows(true);
            configuration.setRemoveEmptySpaceBetweenColumns(true);
            configuration.setWhitePageBackground(false);
            configuration.setDetectCellType(true); // numbers (value class + pattern) become numeric cells
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return xlsx.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("the monthly report could not be rendered as XLSX", e);
        }
    }

    /** CSV, one file per table in report order, keyed by file name ({@code key-figures.csv}, ...). */
    public Map<String, byte[]> csv(MonthlySummary summary, Locale requested) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ReportTable reportTable : new SummaryTables(messages(requested)).of(summary)) {
            files.put(reportTable.id() + ".csv", CsvTables.write(reportTable));
        }
        return files;
    }

    /** The CSV files of {@link #csv} in one ZIP archive. */
    public byte[] csvZip(MonthlySummary summary, Locale requested) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> file : csv(summary, requested).entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    /** The report's tables as they are rendered, for callers that present them otherwise (e.g. as JSON). */
    public List<ReportTable> tables(MonthlySummary summary, Locale requested) {
        return new SummaryTables(messages(requested)).of(summary);
    }

    static String subtitle(MonthlySummary summary, ResourceBundle messages) {
        String scope = summary.scope().isTotal() ? messages.getString("report.scope.total")
                : summary.scope().planName() == null ? summary.scope().planCode()
                : summary.scope().planName() + " (" + summary.scope().planCode() + ")";
        return MessageFormat.format(messages.getString("report.subtitle"), scope, summary.month().toString(),
                summary.month().atEndOfMonth().toString(), AS_OF.format(summary.asOf()));
    }

    private static List<Map<String, ?>> series(List<MonthlyPoint> points) {
        List<Map<String, ?>> series = new ArrayList<>();
        for (MonthlyPoint point : points) {
            Map<String, Object> row = new HashMap<>();
            row.put("month", point.month().toString());
            row.put("earned", point.earnedPremium());
            row.put("incurred", point.incurredClaims());
            row.put("lossRatio", point.lossRatio());
            series.add(row);
        }
        return series;
    }

    /**
     * The table as crosstab cells: row key "order|label", column key "order|header", the value (number or text)
     * and its pattern. Every cell is present, blank ones with a {@code null} value, so no column goes missing.
     */
    static List<Map<String, ?>> cells(ReportTable reportTable) {
        return cells(reportTable, text -> text);
    }

    /** The table as the templates' cells, every text (row labels, headers, values) passed through {@code text}. */
    static List<Map<String, ?>> cells(ReportTable reportTable, java.util.function.UnaryOperator<String> text) {
        List<Map<String, ?>> cells = new ArrayList<>();
        List<List<Object>> rows = reportTable.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            Object label = row.get(0);
            String rowKey = String.format(Locale.ROOT, "%05d|%s", r, label == null ? "" : text.apply(label.toString()));
            for (int c = 1; c < row.size(); c++) {
                Object cell = row.get(c);
                BigDecimal number = ReportTable.number(cell);
                Map<String, Object> map = new HashMap<>();
                map.put("row", rowKey);
                map.put("col", String.format(Locale.ROOT, "%03d|%s", c, text.apply(reportTable.columns().get(c).header())));
                map.put("value", number != null ? number : cell == null ? null : text.apply(cell.toString()));
                map.put("fmt", number != null ? reportTable.format(cell, c).pattern() : null);
                cells.add(map);
            }
        }
        return cells;
    }

    private static String sheetName(ResourceBundle messages, ReportTable reportTable) {
        String key = "sheet." + reportTable.id();
        String name = messages.containsKey(key) ? messages.getString(key) : reportTable.id();
        name = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static JasperReport load(String name) {
        try (InputStream in = MonthlyReportRenderer.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("compiled report template " + TEMPLATES + name
                        + " is missing: the build compiles src/main/jasperreports/*.jrxml");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("compiled report template " + name + " cannot be loaded", e);
        }
    }
}
