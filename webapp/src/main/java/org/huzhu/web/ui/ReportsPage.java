package org.huzhu.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.reports.api.FactorChoices;
import org.huzhu.reports.api.ReportJob;
import org.huzhu.reports.api.ReportRevision;
import org.huzhu.reports.api.Reports;

/**
 * The actuaries' page: generate a month's report, follow the job, download each stored revision as PDF
 * (Chinese or English), XLSX or CSV, and read the key figures and charts of the newest revision on the page.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Reports reports;

    @Inject
    transient BusinessClock clock;

    private String month;
    private Long executionId;
    /** How the run selects its development factors (see the reports module's ReservingChoices); the defaults as given. */
    private String average = "ALL";
    private String weighting = "VOLUME";
    private boolean excludeHighLow;
    private String overrides;
    private String tail;
    private String reason;

    /** One month of the chart: earned premium and incurred claims as bar widths (percent of the largest). */
    public record Bar(String month, BigDecimal earned, BigDecimal incurred, int earnedWidth, int incurredWidth, String lossRatio) {
    }

    @PostConstruct
    void startFromToday() {
        month = clock.month().minusMonths(1).toString();
    }

    public void generate() {
        try {
            executionId = reports.generate(Pages.caller(), YearMonth.parse(month),
                    new FactorChoices(average, weighting, excludeHighLow, overrides, tail, reason));
            Pages.info("reports.started", month);
        } catch (DateTimeParseException badMonth) {
            Pages.error("earning.badMonth", month);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    public ReportJob getJob() {
        return executionId == null ? null : reports.job(Pages.caller(), executionId);
    }

    public boolean isRunning() {
        ReportJob job = getJob();
        return job != null && job.endedAt() == null;
    }

    public List<ReportRevision> getRevisions() {
        try {
            return reports.revisions(Pages.caller(), YearMonth.parse(month));
        } catch (DateTimeParseException badMonth) {
            return List.of();
        }
    }

    private JsonObject latestTotal() {
        List<ReportRevision> revisions = getRevisions().stream().filter(r -> "TOTAL".equals(r.scope())).toList();
        if (revisions.isEmpty()) {
            return null;
        }
        ReportRevision latest = revisions.stream().max(java.util.Comparator.comparingInt(ReportRevision::revision)).orElseThrow();
        return reports.figures(Pages.caller(), YearMonth.parse(month), latest.revision(), "TOTAL").map(json -> {
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return reader.readObject();
            }
        }).orElse(null);
    }

    /** The key figures of the newest total revision, in the order the report gives them. */
    public List<Map.Entry<String, String>> getKeyFigures() {
        JsonObject summary = latestTotal();
        if (summary == null || !summary.containsKey("figures") || summary.isNull("figures")) {
            return List.of();
        }
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        summary.getJsonObject("figures").forEach((key, value) -> rows.add(Map.entry(key, text(value))));
        return rows;
    }

    public List<Bar> getChart() {
        JsonObject summary = latestTotal();
        if (summary == null || !summary.containsKey("series")) {
            return List.of();
        }
        List<JsonObject> points = summary.getJsonArray("series").getValuesAs(JsonObject.class);
        BigDecimal largest = BigDecimal.ONE;
        for (JsonObject point : points) {
            largest = largest.max(number(point, "earnedPremium")).max(number(point, "incurredClaims"));
        }
        List<Bar> bars = new ArrayList<>();
        for (JsonObject point : points) {
            BigDecimal earned = number(point, "earnedPremium");
            BigDecimal incurred = number(point, "incurredClaims");
            bars.add(new Bar(point.getString("month", ""), earned, incurred, width(earned, largest), width(incurred, largest),
                    point.isNull("lossRatio") ? "" : number(point, "lossRatio").movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%"));
        }
        return bars;
    }

    public void download(int revision, String scope, String format) throws IOException {
        byte[] file = reports.file(Pages.caller(), YearMonth.parse(month), revision, scope, format).orElse(new byte[0]);
        String suffix = switch (format) {
            case "XLSX" -> ".xlsx";
            case "CSV_ZIP" -> ".csv.zip";
            default -> format.equals("PDF_EN") ? "-en.pdf" : ".pdf";
        };
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.startsWith("PDF") ? "application/pdf"
                : format.equals("XLSX") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/zip");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"report-" + month + "-r" + revision + "-" + scope + suffix + "\"");
        external.setResponseContentLength(file.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file);
        }
        faces.responseComplete();
    }

    private static BigDecimal number(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key) ? object.getJsonNumber(key).bigDecimalValue() : BigDecimal.ZERO;
    }

    private static int width(BigDecimal value, BigDecimal largest) {
        return value.multiply(BigDecimal.valueOf(100)).divide(largest, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> "–";
            case STRING -> ((jakarta.json.JsonString) value).getString();
            case NUMBER -> Formats.number(((jakarta.json.JsonNumber) value).bigDecimalValue());
            default -> value.toString();
        };
    }

    /** A key figure's name in the reader's language. */
    public String figureName(String figure) {
        return org.huzhu.reports.api.summary.KeyFigures.label(figure, Pages.locale());
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public Long getExecutionId() { return executionId; }

    /** The averages offered: all months of the window, or the latest 12, 6 or 3 calendar diagonals. */
    public List<String> getAverages() {
        return List.of("ALL", "LAST_12", "LAST_6", "LAST_3");
    }

    public List<String> getWeightings() {
        return List.of("VOLUME", "SIMPLE");
    }

    public String getAverage() {
        return average;
    }

    public void setAverage(String average) {
        this.average = average;
    }

    public String getWeighting() {
        return weighting;
    }

    public void setWeighting(String weighting) {
        this.weighting = weighting;
    }

    public boolean isExcludeHighLow() {
        return excludeHighLow;
    }

    public void setExcludeHighLow(boolean excludeHighLow) {
        this.excludeHighLow = excludeHighLow;
    }

    public String getOverrides() {
        return overrides;
    }

    public void setOverrides(String overrides) {
        this.overrides = overrides;
    }

    public String getTail() {
        return tail;
    }

    public void setTail(String tail) {
        this.tail = tail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
