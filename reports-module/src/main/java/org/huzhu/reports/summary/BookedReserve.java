package org.huzhu.reports.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huzhu.reports.reserving.DevelopmentAverage;
import org.huzhu.reports.reserving.DevelopmentFactors;
import org.huzhu.reports.reserving.MackStandardError;
import org.huzhu.reports.reserving.SigmaExtrapolation;
import org.huzhu.reports.reserving.Triangle;
import org.huzhu.reports.reserving.TriangleCell;

/**
 * The IBNR booked for one valuation and its uncertainty: a pure computation over {@link ReservingData} (no
 * database), the one the monthly summary runs. See docs/reserving.md for the actuary's description.
 *
 * <ol>
 *   <li>Claims received but not yet assessed are valued at the average assessed attritional claim of their type
 *       in the window (that estimate is their case reserve).</li>
 *   <li>The reported triangle: attritional claims by month of service × report lag, valued at E, cumulative.
 *       Development factors averaged as the actuary chose ({@link ReservingChoices}; by default volume-weighted
 *       over the whole window), overridden by lag where chosen, chained at full precision (double) with the chosen
 *       tail (by default none).</li>
 *   <li>Months of service older than the newest {@code projectionMonths}: chain ladder, ultimate = reported ×
 *       CDF. The newest months: IBNR = (1 − 1 / CDF) × a-priori. Where the month's earned premium is all priced
 *       (its plan versions state a priced loss ratio): Bornhuetter–Ferguson, a-priori = the priced claims
 *       ({@link ReservingData#pricedClaims}) less the large claims expected of the month (their estimated cost per
 *       member-month × its member-months; with a configured load, priced / (1 + load)), not below 0. Otherwise Cape
 *       Cod, a-priori = the chain-ladder months' ultimate per member-month × the month's member-months.</li>
 *   <li>Large claims (above the threshold) are reserved one by one at their own case reserve. The claims above
 *       the threshold not yet reported: with a configured load, load × the attritional IBNR; without one, Cape
 *       Cod on the large claims' counts ({@link LargeClaims}). The load shown is large / attritional IBNR.</li>
 *   <li>Nothing is floored: a negative IBNR of a month (reported beyond what its development suggests) stays.
 *       Each month's IBNR is rounded half-up to the fen once, from the unrounded figures; the total is the sum
 *       of the rounded months.</li>
 * </ol>
 * Uncertainty of the booked total, components taken as independent: Mack (1993) for the chain-ladder months
 * (process and parameter error, the covariance between those months included; σ² from the link ratios the chosen
 * average uses, projected with the selected factors and tail, see
 * {@link MackStandardError#estimate(Triangle, SigmaExtrapolation, DevelopmentAverage, DevelopmentFactors)}); for the Cape Cod
 * and Bornhuetter–Ferguson months the compound-Poisson process variance of the unreported amount (IBNR × E[X²] / E[X]
 * over the window's assessed attritional claims), and for the Cape Cod months the estimation variance of the a-priori
 * cost per member-month (the weighted spread of the chain-ladder months' cost per member-month / their
 * member-months); a priced a-priori is taken as known, and the CDF's own error is left out; for the
 * large claims not yet reported the compound-Poisson variance with the large claims' E[X²] / E[X] and the Poisson
 * error of their estimated rate; for the unassessed claims their
 * count × the claim-size variance. The 95 % interval is the 2.5 % and 97.5 % points of a lognormal with the
 * booked IBNR as mean and this standard error (a normal one if the IBNR is not positive).
 */
public final class BookedReserve {

    /** How a month of service's IBNR was estimated. */
    public enum Method {
        /** ultimate = reported × CDF */
        CHAIN_LADDER,
        /** IBNR = (1 − 1 / CDF) × the claims the plans' pricing expects (earned premium × priced loss ratio) */
        BORNHUETTER_FERGUSON,
        /** IBNR = (1 − 1 / CDF) × the chain-ladder months' ultimate per member-month × the month's member-months */
        CAPE_COD
    }

    /**
     * One month of service.
     *
     * @param reported      attritional claims reported by E, valued at E (unassessed ones at the average)
     * @param cdf           cumulative development factor from the month's latest report lag to ultimate (display)
     * @param ultimate      reported + IBNR, large claims' load included (large claims' own values not)
     * @param ibnr          the IBNR booked, load included
     * @param standardError of that IBNR, {@code null} where the chain ladder's Mack error is unavailable
     * @param unassessed    the estimate for claims received but not yet assessed (part of the case reserve)
     * @param reportedByLag the reported amount by report lag, cumulative (the triangle's row)
     * @param countByLag    the number of claims reported by report lag, cumulative, net of reversals
     */
    public record Row(YearMonth origin, Method method, BigDecimal reported, BigDecimal cdf, BigDecimal ultimate,
                      BigDecimal ibnr, BigDecimal standardError, BigDecimal unassessed, List<BigDecimal> reportedByLag,
                      List<Long> countByLag) {

        public Row {
            reportedByLag = List.copyOf(reportedByLag);
            countByLag = List.copyOf(countByLag);
        }
    }

    private static final double Z_975 = 1.959963984540054;

    /**
     * The development factors of the valuation: as the chosen average computed them, and as selected (overrides and
     * tail applied), the one the reserve was projected with.
     */
    public record Factors(ReservingChoices choices, DevelopmentFactors computed, DevelopmentFactors selected) {
    }

    private final List<Row> rows;
    private final Factors factors;
    private final List<BigDecimal> developmentFactors;
    private final List<BigDecimal> completionFactors;
    private final BigDecimal ibnr;
    private final BigDecimal standardError;
    private final BigDecimal lower95;
    private final BigDecimal upper95;
    private final BigDecimal largeClaimLoad;
    private final BigDecimal averageClaim;

    private BookedReserve(List<Row> rows, Factors factors, List<BigDecimal> developmentFactors, List<BigDecimal> completionFactors, BigDecimal ibnr, BigDecimal standardError,
                          BigDecimal lower95, BigDecimal upper95, BigDecimal largeClaimLoad, BigDecimal averageClaim) {
        this.rows = List.copyOf(rows);
        this.factors = factors;
        this.developmentFactors = List.copyOf(developmentFactors);
        this.completionFactors = List.copyOf(completionFactors);
        this.ibnr = ibnr;
        this.standardError = standardError;
        this.lower95 = lower95;
        this.upper95 = upper95;
        this.largeClaimLoad = largeClaimLoad;
        this.averageClaim = averageClaim;
    }

    /**
     * The booked reserve of one valuation.
     *
     * @param configuredLoad the large-claim load as a fraction of the attritional IBNR; {@code null}: observed
     */
    public static BookedReserve estimate(ReservingData data, BigDecimal configuredLoad) {
        return estimate(data, configuredLoad, ReservingChoices.DEFAULTS);
    }

    /**
     * The booked reserve of one valuation with the development factors selected as {@code choices} say.
     *
     * @param configuredLoad the large-claim load as a fraction of the attritional IBNR; {@code null}: observed
     */
    public static BookedReserve estimate(ReservingData data, BigDecimal configuredLoad, ReservingChoices choices) {
        int n = data.triangleMonths();
        YearMonth oldest = data.oldest();
        double[][] amounts = new double[n][n];
        long[][] counts = new long[n][n];
        double assessedTotal = 0;
        double squares = 0;
        long assessedCount = 0;
        java.util.Map<String, double[]> byType = new java.util.TreeMap<>();
        for (ReservingData.Cell cell : data.cells()) {
            int i = months(oldest, cell.origin());
            amounts[i][cell.lag()] += cell.amount().doubleValue();
            counts[i][cell.lag()] += cell.count() + cell.unassessed();
            assessedTotal += cell.amount().doubleValue();
            squares += cell.sumOfSquares().doubleValue();
            assessedCount += cell.count();
            double[] type = byType.computeIfAbsent(cell.claimType(), t -> new double[2]);
            type[0] += cell.amount().doubleValue();
            type[1] += cell.count();
        }
        double mean = assessedCount == 0 ? 0 : assessedTotal / assessedCount;
        double secondMoment = assessedCount == 0 ? 0 : squares / assessedCount;
        double sizeRatio = mean <= 0 ? 0 : secondMoment / mean;
        double sizeVariance = Math.max(0, secondMoment - mean * mean);

        // claims not yet assessed: the average assessed claim of their type (of all types if none of theirs)
        double[][] estimates = new double[n][n];
        double[] unassessedEstimate = new double[n];
        long unassessedTotal = 0;
        for (ReservingData.Cell cell : data.cells()) {
            if (cell.unassessed() > 0) {
                double[] type = byType.get(cell.claimType());
                double average = type[1] > 0 ? type[0] / type[1] : mean;
                int i = months(oldest, cell.origin());
                estimates[i][cell.lag()] += cell.unassessed() * average;
                unassessedEstimate[i] += cell.unassessed() * average;
                unassessedTotal += cell.unassessed();
            }
        }

        // the reported triangle, cumulative
        double[][] cumulative = new double[n][];
        for (int i = 0; i < n; i++) {
            cumulative[i] = new double[n - i];
            double running = 0;
            for (int k = 0; k < n - i; k++) {
                running += amounts[i][k] + estimates[i][k];
                cumulative[i][k] = running;
            }
        }
        Triangle triangle = triangle(cumulative, oldest);
        DevelopmentFactors computed = DevelopmentFactors.averaged(triangle, choices.developmentAverage(), 1.0);
        DevelopmentFactors selected = computed;
        for (Map.Entry<Integer, BigDecimal> override : choices.overrides().entrySet()) {
            selected = selected.withFactor(override.getKey(), override.getValue().doubleValue());
        }
        if (choices.tail() != null) {
            selected = selected.withTail(choices.tail().doubleValue());
        }
        double[] factors = selected.factors();
        double[] toUltimate = selected.cumulativeToUltimate();

        int chainLadderMonths = n - data.projectionMonths();
        double[] latest = new double[n];
        double[] attritionalIbnr = new double[n];
        double[] exposure = new double[n];
        double clUltimate = 0;
        double clExposure = 0;
        for (int i = 0; i < n; i++) {
            latest[i] = cumulative[i][n - 1 - i];
            exposure[i] = data.memberMonths().getOrDefault(oldest.plusMonths(i), BigDecimal.ZERO).doubleValue();
            if (i < chainLadderMonths) {
                double ultimate = latest[i] * toUltimate[n - 1 - i];
                attritionalIbnr[i] = ultimate - latest[i];
                if (exposure[i] > 0) {
                    clUltimate += ultimate;
                    clExposure += exposure[i];
                }
            }
        }
        boolean bf = clExposure > 0;
        double pmpm = bf ? clUltimate / clExposure : 0;
        // claims above the threshold not yet reported (their expected cost per member-month also takes the large
        // claims' share out of a priced a-priori, which covers all claims)
        LargeClaims large = LargeClaims.of(data, factors, exposure, oldest);
        Method[] method = new Method[n];
        double[] completion = new double[n];
        for (int i = 0; i < n; i++) {
            completion[i] = 1.0 - 1.0 / toUltimate[n - 1 - i];
            BigDecimal priced = data.pricedClaims().get(oldest.plusMonths(i));
            if (i >= chainLadderMonths && priced != null) {
                method[i] = Method.BORNHUETTER_FERGUSON;
                double expectedLarge = configuredLoad != null ? 0 : large.costPerMemberMonth() * exposure[i];
                double apriori = configuredLoad != null ? priced.doubleValue() / (1 + configuredLoad.doubleValue())
                        : priced.doubleValue() - expectedLarge;
                attritionalIbnr[i] = completion[i] * Math.max(0, apriori);
            } else if (i >= chainLadderMonths && bf) {
                method[i] = Method.CAPE_COD;
                attritionalIbnr[i] = completion[i] * pmpm * exposure[i];
            } else {
                method[i] = Method.CHAIN_LADDER;
                attritionalIbnr[i] = latest[i] * toUltimate[n - 1 - i] - latest[i];
            }
        }

        double[] largeIbnr = new double[n];
        for (int i = 0; i < n; i++) {
            largeIbnr[i] = configuredLoad != null ? configuredLoad.doubleValue() * attritionalIbnr[i] : large.ibnr(i);
        }
        double attritionalTotal = 0;
        double largeIbnrTotal = 0;
        for (int i = 0; i < n; i++) {
            attritionalTotal += attritionalIbnr[i];
            largeIbnrTotal += largeIbnr[i];
        }
        double load = attritionalTotal == 0 ? 0 : largeIbnrTotal / attritionalTotal;

        // uncertainty
        Double mackVariance = null;
        double[] mackRow = new double[n];
        MackStandardError mack = mack(triangle, choices.developmentAverage(), selected);
        if (mack != null) {
            mackVariance = Math.pow(mack.totalStandardError(i -> i < chainLadderMonths), 2);
            for (int i = 0; i < n; i++) {
                mackRow[i] = mack.standardError(i);
            }
        }
        double pmpmVariance = 0;
        if (bf) {
            int months = 0;
            double spread = 0;
            for (int i = 0; i < chainLadderMonths; i++) {
                if (exposure[i] > 0) {
                    double cost = (latest[i] + attritionalIbnr[i]) / exposure[i];
                    spread += exposure[i] * (cost - pmpm) * (cost - pmpm);
                    months++;
                }
            }
            pmpmVariance = months < 2 ? 0 : spread / (months - 1) / clExposure;
        }
        double bfShare = 0;
        double otherVariance = unassessedTotal * sizeVariance;
        List<Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            double monthIbnr = attritionalIbnr[i] + largeIbnr[i];
            double largeProcess = Math.max(0, largeIbnr[i]) * large.sizeRatio();
            double unassessedVariance = unassessedEstimate[i] <= 0 || mean <= 0 ? 0 : unassessedEstimate[i] / mean * sizeVariance;
            double rowVariance;
            if (method[i] == Method.CAPE_COD) {
                double process = Math.max(0, attritionalIbnr[i]) * sizeRatio;
                otherVariance += process;
                bfShare += completion[i] * exposure[i];
                rowVariance = process + Math.pow(completion[i] * exposure[i], 2) * pmpmVariance;
            } else if (method[i] == Method.BORNHUETTER_FERGUSON) {
                // the priced a-priori is taken as known: process variance only
                rowVariance = Math.max(0, attritionalIbnr[i]) * sizeRatio;
                otherVariance += rowVariance;
            } else {
                rowVariance = mackRow[i] * mackRow[i];
            }
            otherVariance += largeProcess;
            rowVariance += largeProcess + unassessedVariance;
            BigDecimal rounded = money(monthIbnr);
            total = total.add(rounded);
            boolean known = method[i] != Method.CHAIN_LADDER || mackVariance != null;
            List<BigDecimal> row = new ArrayList<>();
            List<Long> rowCounts = new ArrayList<>();
            long runningCount = 0;
            for (int k = 0; k < n - i; k++) {
                row.add(money(cumulative[i][k]));
                runningCount += counts[i][k];
                rowCounts.add(runningCount);
            }
            rows.add(new Row(oldest.plusMonths(i), method[i], money(latest[i]),
                    BigDecimal.valueOf(toUltimate[n - 1 - i]).setScale(6, RoundingMode.HALF_UP), money(latest[i] + monthIbnr), rounded,
                    known ? money(Math.sqrt(rowVariance)) : null, money(unassessedEstimate[i]), row, rowCounts));
        }
        BigDecimal standardError = null;
        BigDecimal lower = null;
        BigDecimal upper = null;
        boolean needsMack = chainLadderMonths > 0 && total.signum() != 0;
        if (mackVariance != null || !needsMack) {
            double variance = (mackVariance == null ? 0 : mackVariance) + otherVariance + bfShare * bfShare * pmpmVariance
                    + (configuredLoad != null ? 0 : large.rateVariance());
            double se = Math.sqrt(variance);
            standardError = money(se);
            double booked = total.doubleValue();
            if (booked > 0 && se > 0) {
                double sigma = Math.sqrt(Math.log(1 + se * se / (booked * booked)));
                double mu = Math.log(booked) - sigma * sigma / 2;
                lower = money(Math.exp(mu - Z_975 * sigma));
                upper = money(Math.exp(mu + Z_975 * sigma));
            } else {
                lower = money(booked - Z_975 * se);
                upper = money(booked + Z_975 * se);
            }
        }
        List<BigDecimal> shownFactors = new ArrayList<>();
        for (double f : factors) {
            shownFactors.add(BigDecimal.valueOf(f).setScale(6, RoundingMode.HALF_UP));
        }
        List<BigDecimal> shownCompletion = new ArrayList<>();
        for (double cdf : toUltimate) {
            shownCompletion.add(BigDecimal.valueOf(1.0 / cdf).setScale(6, RoundingMode.HALF_UP));
        }
        return new BookedReserve(rows, new Factors(choices, computed, selected), shownFactors, shownCompletion, total, standardError,
                lower, upper, BigDecimal.valueOf(load).setScale(6, RoundingMode.HALF_UP), money(mean));
    }

    /**
     * Claims above the threshold not yet reported, Cape Cod on their counts: the large claims' own report pattern
     * (volume-weighted over their count triangle; the attritional factor at a lag none of them shows), the
     * expected number per member-month = claims reported / member-months × share reported, each at the average
     * large claim.
     */
    private record LargeClaims(double[] ibnr, double sizeRatio, double rateVariance, double costPerMemberMonth) {

        static LargeClaims of(ReservingData data, double[] attritionalFactors, double[] exposure, YearMonth oldest) {
            int n = data.triangleMonths();
            double[][] counts = new double[n][n];
            double total = 0;
            double squares = 0;
            for (ReservingData.LargeClaimValue claim : data.largeClaims()) {
                counts[months(oldest, claim.origin())][claim.lag()]++;
                total += claim.value().doubleValue();
                squares += claim.value().doubleValue() * claim.value().doubleValue();
            }
            double[] ibnr = new double[n];
            int claims = data.largeClaims().size();
            if (claims == 0) {
                return new LargeClaims(ibnr, 0, 0, 0);
            }
            double[][] cumulative = new double[n][];
            for (int i = 0; i < n; i++) {
                cumulative[i] = new double[n - i];
                double running = 0;
                for (int k = 0; k < n - i; k++) {
                    running += counts[i][k];
                    cumulative[i][k] = running;
                }
            }
            double[] reportedShare = new double[n];
            reportedShare[n - 1] = 1.0;
            for (int k = n - 2; k >= 0; k--) {
                double numerator = 0;
                double denominator = 0;
                for (int i = 0; i + k + 1 < n; i++) {
                    numerator += cumulative[i][k + 1];
                    denominator += cumulative[i][k];
                }
                double factor = denominator == 0 ? attritionalFactors[k] : numerator / denominator;
                reportedShare[k] = reportedShare[k + 1] / factor;
            }
            double usedExposure = 0;
            for (int i = 0; i < n; i++) {
                usedExposure += exposure[i] * reportedShare[n - 1 - i];
            }
            if (usedExposure <= 0) {
                return new LargeClaims(ibnr, 0, 0, 0);
            }
            double rate = claims / usedExposure;
            double size = total / claims;
            double unreportedExposure = 0;
            for (int i = 0; i < n; i++) {
                double unreported = exposure[i] * (1 - reportedShare[n - 1 - i]);
                ibnr[i] = rate * unreported * size;
                unreportedExposure += unreported;
            }
            // the rate's Poisson estimation error, shared by every month
            double rateVariance = Math.pow(unreportedExposure * size, 2) * rate / usedExposure;
            return new LargeClaims(ibnr, squares / total, rateVariance, rate * size);
        }

        double ibnr(int i) {
            return ibnr[i];
        }
    }

    /** The reported triangle as the reserving library takes it: every cell up to the valuation's diagonal, zeros included. */
    private static Triangle triangle(double[][] cumulative, YearMonth oldest) {
        List<TriangleCell> cells = new ArrayList<>();
        for (int i = 0; i < cumulative.length; i++) {
            for (int k = 0; k < cumulative[i].length; k++) {
                cells.add(new TriangleCell(oldest.plusMonths(i).toString(), k, cumulative[i][k]));
            }
        }
        return Triangle.fromCumulative(cells);
    }

    /**
     * Mack over the reported triangle with the selected factors and tail, σ² from the link ratios the chosen average
     * uses; σ² of the last steps by Mack's rule, log-linear where that rule cannot apply; {@code null} where neither
     * gives a finite error (too few months).
     */
    private static MackStandardError mack(Triangle triangle, DevelopmentAverage average, DevelopmentFactors selected) {
        MackStandardError estimate;
        try {
            estimate = MackStandardError.estimate(triangle, SigmaExtrapolation.MACK, average, selected);
        } catch (IllegalArgumentException e) {
            try {
                estimate = MackStandardError.estimate(triangle, SigmaExtrapolation.LOG_LINEAR, average, selected);
            } catch (IllegalArgumentException again) {
                return null;
            }
        }
        return Double.isFinite(estimate.totalStandardError()) ? estimate : null;
    }

    private static int months(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }

    static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row of a month of service, {@code null} outside the triangle. */
    public Row row(YearMonth origin) {
        return rows.isEmpty() ? null : rows.stream().filter(r -> r.origin().equals(origin)).findFirst().orElse(null);
    }

    /** Completion factors by report lag (share of the ultimate reported), shown to 6 decimals. */
    public List<BigDecimal> completionFactors() {
        return completionFactors;
    }

    /** The factors computed and selected, with the choices that made them. */
    public Factors factors() {
        return factors;
    }

    /** Development factors used (selected), shown to 6 decimals (the chaining used them unrounded). */
    public List<BigDecimal> developmentFactors() {
        return developmentFactors;
    }

    public BigDecimal ibnr() {
        return ibnr;
    }

    /** The standard error of the booked IBNR; {@code null} when the triangle is too small for Mack. */
    public BigDecimal standardError() {
        return standardError;
    }

    public BigDecimal lower95() {
        return lower95;
    }

    public BigDecimal upper95() {
        return upper95;
    }

    public BigDecimal largeClaimLoad() {
        return largeClaimLoad;
    }

    /** The average assessed attritional claim of the window (all types). */
    public BigDecimal averageClaim() {
        return averageClaim;
    }

    /** The estimate for unassessed claims over all months of service (added to the case reserves). */
    public BigDecimal unassessedReserve() {
        return rows.stream().map(Row::unassessed).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
