package org.huzhu.reports.output;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.huzhu.reports.api.summary.ActualVersusExpected;
import org.huzhu.reports.api.summary.AgeSexBand;
import org.huzhu.reports.api.summary.DiseaseIncidence;
import org.huzhu.reports.api.summary.FactorSelection;
import org.huzhu.reports.api.summary.KeyFigures;
import org.huzhu.reports.api.summary.LagTriangle;
import org.huzhu.reports.api.summary.LargeClaim;
import org.huzhu.reports.api.summary.MonthlyPoint;
import org.huzhu.reports.api.summary.MonthlySummary;
import org.huzhu.reports.output.ReportTable.Column;
import org.huzhu.reports.output.ReportTable.Format;
import org.huzhu.reports.output.ReportTable.Value;

/**
 * Turns a {@link MonthlySummary} into the report's tables, in a fixed order, with labels from the message
 * bundle. The same tables feed the PDF, the XLSX sheets and the CSV files, so the three never disagree.
 */
final class SummaryTables {

    private final ResourceBundle messages;

    SummaryTables(ResourceBundle messages) {
        this.messages = messages;
    }

    List<ReportTable> of(MonthlySummary summary) {
        return List.of(
                keyFigures(summary.month(), summary.figures()),
                series(summary.series()),
                triangleAmounts(summary.triangle()),
                triangleCounts(summary.triangle()),
                reservingBasis(summary.triangle().selection()),
                developmentFactors(summary.triangle().selection()),
                actualVersusExpected(summary.actualVersusExpected()),
                paidTriangleAmounts(summary.paidTriangle()),
                paidTriangleCounts(summary.paidTriangle()),
                bands(summary.bands()),
                largeClaims(summary.largeClaims()),
                seriousIllness(summary.seriousIllness()));
    }

    ReportTable keyFigures(java.time.YearMonth month, KeyFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(text("fig.valuationDate"), month.atEndOfMonth().toString()));
        figure(rows, "membersInForce", BigDecimal.valueOf(f.membersInForce()), Format.COUNT);
        figure(rows, "joiners", BigDecimal.valueOf(f.joiners()), Format.COUNT);
        figure(rows, "leavers", BigDecimal.valueOf(f.leavers()), Format.COUNT);
        figure(rows, "memberMonths", f.memberMonths(), Format.DECIMAL);
        figure(rows, "writtenPremium", f.writtenPremium(), Format.AMOUNT);
        figure(rows, "earnedPremium", f.earnedPremium(), Format.AMOUNT);
        figure(rows, "unearnedPremium", f.unearnedPremium(), Format.AMOUNT);
        figure(rows, "claimsReportedCount", BigDecimal.valueOf(f.claimsReportedCount()), Format.COUNT);
        figure(rows, "claimsReportedAmount", f.claimsReportedAmount(), Format.AMOUNT);
        figure(rows, "claimsPaid", f.claimsPaid(), Format.AMOUNT);
        figure(rows, "claimsOutstanding", f.claimsOutstanding(), Format.AMOUNT);
        figure(rows, "ibnr", f.ibnr(), Format.AMOUNT);
        figure(rows, "ibnrStandardError", f.ibnrStandardError(), Format.AMOUNT);
        figure(rows, "ibnrLower95", f.ibnrLower95(), Format.AMOUNT);
        figure(rows, "ibnrUpper95", f.ibnrUpper95(), Format.AMOUNT);
        figure(rows, "largeClaimThreshold", f.largeClaimThreshold(), Format.AMOUNT);
        figure(rows, "largeClaimLoad", f.largeClaimLoad(), Format.RATIO);
        figure(rows, "incurredClaims", f.incurredClaims(), Format.AMOUNT);
        figure(rows, "lossRatioMonth", f.lossRatioMonth(), Format.RATIO);
        figure(rows, "lossRatioYearToDate", f.lossRatioYearToDate(), Format.RATIO);
        figure(rows, "lossRatioPlanYearToDate", f.lossRatioPlanYearToDate(), Format.RATIO);
        figure(rows, "lossRatioRolling12", f.lossRatioRolling12(), Format.RATIO);
        figure(rows, "frequencyPer1000", f.frequencyPer1000(), Format.DECIMAL);
        figure(rows, "averageSeverity", f.averageSeverity(), Format.AMOUNT);
        figure(rows, "admissions", BigDecimal.valueOf(f.admissions()), Format.COUNT);
        figure(rows, "averageLengthOfStay", f.averageLengthOfStay(), Format.DECIMAL);
        figure(rows, "fundBalance", f.fundBalance(), Format.AMOUNT);
        figure(rows, "credibilityFactor", f.credibilityFactor(), Format.FACTOR);
        figure(rows, "claimSizeCv", f.claimSizeCv(), Format.FACTOR);
        figure(rows, "credibilityFullStandard", f.credibilityFullStandard(), Format.COUNT);
        figure(rows, "credibilityWeightedPremium", f.credibilityWeightedPremium(), Format.AMOUNT);
        return new ReportTable("key-figures", text("table.keyFigures"),
                List.of(new Column(text("col.figure"), Format.TEXT), new Column(text("col.value"), Format.AMOUNT)), rows);
    }

    private void figure(List<List<Object>> rows, String key, BigDecimal value, Format format) {
        rows.add(row(text("fig." + key), value == null ? null : new Value(value, format)));
    }

    ReportTable series(List<MonthlyPoint> points) {
        List<List<Object>> rows = new ArrayList<>();
        for (MonthlyPoint point : points) {
            rows.add(row(point.month().toString(), point.earnedPremium(), point.incurredClaims(), point.lossRatio()));
        }
        return new ReportTable("monthly-series", text("table.series"), List.of(
                new Column(text("col.month"), Format.TEXT),
                new Column(text("col.earned"), Format.AMOUNT),
                new Column(text("col.incurred"), Format.AMOUNT),
                new Column(text("col.lossRatio"), Format.RATIO)), rows);
    }

    ReportTable triangleAmounts(LagTriangle triangle) {
        int lags = triangle.lags();
        List<Column> columns = lagColumns(lags, Format.AMOUNT);
        columns.add(new Column(text("col.ibnr"), Format.AMOUNT));
        columns.add(new Column(text("col.method"), Format.TEXT));
        columns.add(new Column(text("col.cdf"), Format.FACTOR));
        columns.add(new Column(text("col.ultimate"), Format.AMOUNT));
        columns.add(new Column(text("col.standardError"), Format.AMOUNT));
        List<List<Object>> rows = new ArrayList<>();
        for (LagTriangle.Row row : triangle.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.monthOfService().toString());
            for (int lag = 0; lag < lags; lag++) {
                cells.add(lag < row.amounts().size() ? row.amounts().get(lag) : null);
            }
            cells.add(row.ibnr());
            cells.add(row.method() == null ? null : text("method." + row.method()));
            cells.add(row.cdf());
            cells.add(row.ultimate());
            cells.add(row.standardError());
            rows.add(cells);
        }
        if (!triangle.developmentFactors().isEmpty()) {
            rows.add(factorRow(text("row.developmentFactor"), triangle.developmentFactors(), lags));
        }
        if (!triangle.completionFactors().isEmpty()) {
            rows.add(factorRow(text("row.completionFactor"), triangle.completionFactors(), lags));
        }
        return new ReportTable("lag-triangle-amounts", text("table.triangleAmounts"), columns, rows);
    }

    ReportTable triangleCounts(LagTriangle triangle) {
        int lags = triangle.lags();
        List<List<Object>> rows = new ArrayList<>();
        for (LagTriangle.Row row : triangle.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.monthOfService().toString());
            for (int lag = 0; lag < lags; lag++) {
                cells.add(lag < row.counts().size() ? row.counts().get(lag) : null);
            }
            rows.add(cells);
        }
        return new ReportTable("lag-triangle-counts", text("table.triangleCounts"), lagColumns(lags, Format.COUNT), rows);
    }

    ReportTable paidTriangleAmounts(LagTriangle paid) {
        return lagTable("paid-triangle-amounts", text("table.paidTriangleAmounts"), paid, Format.AMOUNT, LagTriangle.Row::amounts);
    }

    ReportTable paidTriangleCounts(LagTriangle paid) {
        return lagTable("paid-triangle-counts", text("table.paidTriangleCounts"), paid, Format.COUNT, LagTriangle.Row::counts);
    }

    /** A triangle of cumulative cells by lag, nothing beside them. */
    private ReportTable lagTable(String id, String title, LagTriangle triangle, Format format,
                                 java.util.function.Function<LagTriangle.Row, List<?>> cellsOf) {
        int lags = triangle.lags();
        List<List<Object>> rows = new ArrayList<>();
        for (LagTriangle.Row row : triangle.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.monthOfService().toString());
            List<?> values = cellsOf.apply(row);
            for (int lag = 0; lag < lags; lag++) {
                cells.add(lag < values.size() ? values.get(lag) : null);
            }
            rows.add(cells);
        }
        return new ReportTable(id, title, lagColumns(lags, format), rows);
    }

    private List<Column> lagColumns(int lags, Format format) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(text("col.monthOfService"), Format.TEXT));
        for (int lag = 0; lag < lags; lag++) {
            columns.add(new Column(MessageFormat.format(text("col.lag"), String.valueOf(lag)), format));
        }
        return columns;
    }

    /** The columns after the lags in the amounts triangle: IBNR, method, CDF, ultimate, standard error. */
    private static final int RESERVE_COLUMNS = 5;

    private static List<Object> factorRow(String label, List<BigDecimal> factors, int lags) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        for (int lag = 0; lag < lags; lag++) {
            BigDecimal factor = lag < factors.size() ? factors.get(lag) : null;
            cells.add(factor == null ? null : new Value(factor, Format.FACTOR));
        }
        for (int column = 0; column < RESERVE_COLUMNS; column++) {
            cells.add(null);
        }
        return cells;
    }

    /** How the factors were selected: the average, its weighting, high and low left out, the tail and the reason. */
    ReportTable reservingBasis(FactorSelection selection) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(text("basis.average"), text("average." + selection.average())));
        rows.add(row(text("basis.weighting"), text("weighting." + selection.weighting())));
        rows.add(row(text("basis.excludeHighLow"), text(selection.excludeHighLow() ? "basis.yes" : "basis.no")));
        long overridden = selection.factors().stream().filter(FactorSelection.Factor::overridden).count();
        rows.add(row(text("basis.overrides"), new Value(BigDecimal.valueOf(overridden), Format.COUNT)));
        rows.add(row(text("basis.tail"), selection.tail() == null ? text("basis.noTail") : new Value(selection.tail(), Format.LINK_FACTOR)));
        rows.add(row(text("basis.reason"), selection.reason() == null ? text("basis.noReason") : selection.reason()));
        // the reason in the title too, where the PDF has the page's width for it
        String title = selection.reason() == null ? text("table.reservingBasis")
                : MessageFormat.format(text("table.reservingBasis.reason"), selection.reason());
        return new ReportTable("reserving-basis", title,
                List.of(new Column(text("col.figure"), Format.TEXT), new Column(text("col.value"), Format.TEXT)), rows);
    }

    /** Each lag's factor as the average computed it and as used (an override marked), then the tail. */
    ReportTable developmentFactors(FactorSelection selection) {
        List<List<Object>> rows = new ArrayList<>();
        for (FactorSelection.Factor factor : selection.factors()) {
            rows.add(row(MessageFormat.format(text("lag.step"), String.valueOf(factor.lag()), String.valueOf(factor.lag() + 1)),
                    shownFactor(factor.computed()), shownFactor(factor.selected()),
                    text(factor.overridden() ? "factor.overridden" : "factor.average")));
        }
        rows.add(row(text("row.tail"), null, shownFactor(selection.tail() == null ? BigDecimal.ONE : selection.tail()),
                text(selection.tail() == null ? "basis.noTail" : "factor.overridden")));
        return new ReportTable("development-factors", text("table.developmentFactors"), List.of(
                new Column(text("col.lagStep"), Format.TEXT),
                new Column(text("col.computedFactor"), Format.LINK_FACTOR),
                new Column(text("col.selectedFactor"), Format.LINK_FACTOR),
                new Column(text("col.selectedBy"), Format.TEXT)), rows);
    }

    private static BigDecimal shownFactor(BigDecimal factor) {
        return factor == null ? null : factor.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    /** The reported development since the previous month's report against what it expected; says so when there is none. */
    ReportTable actualVersusExpected(ActualVersusExpected comparison) {
        List<Column> columns = List.of(
                new Column(text("col.monthOfService"), Format.TEXT),
                new Column(text("col.lagStep"), Format.TEXT),
                new Column(text("col.previousReported"), Format.AMOUNT),
                new Column(text("col.stepFactor"), Format.LINK_FACTOR),
                new Column(text("col.expected"), Format.AMOUNT),
                new Column(text("col.reported"), Format.AMOUNT),
                new Column(text("col.actual"), Format.AMOUNT),
                new Column(text("col.difference"), Format.AMOUNT),
                new Column(text("col.actualToExpected"), Format.RATIO));
        List<List<Object>> rows = new ArrayList<>();
        if (!comparison.hasPrevious()) {
            rows.add(row(MessageFormat.format(text("ave.none"), comparison.previousMonth().toString()), null, null, null, null, null, null,
                    null, null));
            return new ReportTable("actual-vs-expected", text("table.actualVersusExpected.none"), columns, rows);
        }
        for (ActualVersusExpected.Row row : comparison.rows()) {
            rows.add(row(row.monthOfService().toString(),
                    MessageFormat.format(text("lag.step"), String.valueOf(row.fromLag()), String.valueOf(row.fromLag() + 1)),
                    row.previousReported(), shownFactor(row.factor()), row.expected(), row.reported(), row.actual(), row.difference(),
                    row.ratio()));
        }
        rows.add(row(text("row.total"), null, null, null, comparison.expected(), null, comparison.actual(), comparison.difference(),
                comparison.ratio()));
        return new ReportTable("actual-vs-expected", MessageFormat.format(text("table.actualVersusExpected"),
                comparison.previousMonth().toString(), String.valueOf(comparison.previousRevision())), columns, rows);
    }

    ReportTable bands(List<AgeSexBand> bands) {
        List<List<Object>> rows = new ArrayList<>();
        for (AgeSexBand band : bands) {
            rows.add(row(band.ageBand(), text("sex." + band.sex().name()), band.members(), band.memberMonths(),
                    band.claims(), band.incurredClaims(), band.frequencyPer1000()));
        }
        return new ReportTable("age-sex-bands", text("table.bands"), List.of(
                new Column(text("col.ageBand"), Format.TEXT),
                new Column(text("col.sex"), Format.TEXT),
                new Column(text("col.members"), Format.COUNT),
                new Column(text("col.memberMonths"), Format.DECIMAL),
                new Column(text("col.claims"), Format.COUNT),
                new Column(text("col.incurred"), Format.AMOUNT),
                new Column(text("col.frequency"), Format.DECIMAL)), rows);
    }

    ReportTable largeClaims(List<LargeClaim> claims) {
        List<List<Object>> rows = new ArrayList<>();
        for (LargeClaim claim : claims) {
            rows.add(row(claim.claimNumber(), claim.monthOfService() == null ? null : claim.monthOfService().toString(),
                    claim.diagnosis(), claim.incurred(), claim.paid()));
        }
        return new ReportTable("large-claims", text("table.largeClaims"), List.of(
                new Column(text("col.claimNumber"), Format.TEXT),
                new Column(text("col.monthOfService"), Format.TEXT),
                new Column(text("col.diagnosis"), Format.TEXT),
                new Column(text("col.incurred"), Format.AMOUNT),
                new Column(text("col.paid"), Format.AMOUNT)), rows);
    }

    ReportTable seriousIllness(List<DiseaseIncidence> classes) {
        List<List<Object>> rows = new ArrayList<>();
        for (DiseaseIncidence incidence : classes) {
            rows.add(row(diseaseName(incidence), incidence.cases(), incidence.per1000(), incidence.benefits()));
        }
        return new ReportTable("serious-illness", text("table.seriousIllness"), List.of(
                new Column(text("col.diseaseClass"), Format.TEXT),
                new Column(text("col.cases"), Format.COUNT),
                new Column(text("col.per1000"), Format.FACTOR),
                new Column(text("col.benefits"), Format.AMOUNT)), rows);
    }

    private String diseaseName(DiseaseIncidence incidence) {
        String key = "disease." + incidence.code();
        if (messages.containsKey(key)) {
            return messages.getString(key);
        }
        return incidence.name() == null || incidence.name().isBlank() ? incidence.code() : incidence.name();
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    String text(String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
