package org.huzhu.reports.api.summary;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The monthly actuarial summary of one plan, or of all plans together.
 *
 * @param scope          the plan, or {@link Scope#total()}
 * @param month          the reporting month
 * @param asOf           when the underlying data were taken (claims paid up to this moment)
 * @param figures        the key figures of the month
 * @param series         earned premium, incurred claims and loss ratio by month, oldest first
 * @param triangle       reported claims by month of service × report lag, valued at the valuation date
 * @param bands          members and claims by age band and sex
 * @param largeClaims    claims above the large-claim threshold, largest first
 * @param seriousIllness serious-illness incidence by disease class
 * @param actualVersusExpected the reported development since the previous month's report against what it expected
 * @param paidTriangle   paid claims by month of service × payment lag (months from service to settlement),
 *                       cumulative, net of reversals (a reversal takes back what was paid at the lag of the reversal)
 */
public record MonthlySummary(
        Scope scope,
        YearMonth month,
        OffsetDateTime asOf,
        KeyFigures figures,
        List<MonthlyPoint> series,
        LagTriangle triangle,
        List<AgeSexBand> bands,
        List<LargeClaim> largeClaims,
        List<DiseaseIncidence> seriousIllness,
        ActualVersusExpected actualVersusExpected,
        LagTriangle paidTriangle) {

    /** A summary without a paid triangle. */
    public MonthlySummary(Scope scope, YearMonth month, OffsetDateTime asOf, KeyFigures figures, List<MonthlyPoint> series,
                          LagTriangle triangle, List<AgeSexBand> bands, List<LargeClaim> largeClaims, List<DiseaseIncidence> seriousIllness,
                          ActualVersusExpected actualVersusExpected) {
        this(scope, month, asOf, figures, series, triangle, bands, largeClaims, seriousIllness, actualVersusExpected, null);
    }

    /** A summary compared with no previous report. */
    public MonthlySummary(Scope scope, YearMonth month, OffsetDateTime asOf, KeyFigures figures, List<MonthlyPoint> series,
                          LagTriangle triangle, List<AgeSexBand> bands, List<LargeClaim> largeClaims, List<DiseaseIncidence> seriousIllness) {
        this(scope, month, asOf, figures, series, triangle, bands, largeClaims, seriousIllness, null);
    }

    public MonthlySummary {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(triangle, "triangle");
        series = List.copyOf(Objects.requireNonNullElse(series, List.of()));
        bands = List.copyOf(Objects.requireNonNullElse(bands, List.of()));
        largeClaims = List.copyOf(Objects.requireNonNullElse(largeClaims, List.of()));
        seriousIllness = List.copyOf(Objects.requireNonNullElse(seriousIllness, List.of()));
        actualVersusExpected = actualVersusExpected != null ? actualVersusExpected : ActualVersusExpected.none(month.minusMonths(1));
        paidTriangle = paidTriangle != null ? paidTriangle : LagTriangle.empty();
    }
}
