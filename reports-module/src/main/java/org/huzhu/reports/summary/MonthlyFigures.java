package org.huzhu.reports.summary;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.reports.api.summary.AgeSexBand;
import org.huzhu.reports.api.summary.DiseaseIncidence;
import org.huzhu.reports.api.summary.KeyFigures;
import org.huzhu.reports.api.summary.LagTriangle;
import org.huzhu.reports.api.summary.LargeClaim;
import org.huzhu.reports.api.summary.MonthlyPoint;
import org.huzhu.reports.api.summary.MonthlySummary;
import org.huzhu.reports.api.summary.Scope;

/**
 * Computes the monthly actuarial summary of one month, for one plan or all plans, with SQL aggregates over the
 * views the other modules publish for reporting (their migrations V10__reporting_views.sql: the read contract,
 * guarded by ReadContractTest; the claims module's rules of which claims count and at how much come with its view)
 * (GROUP BY in the database; no claim or enrolment row is read into Java, at most a few hundred aggregate rows
 * come back). The figures are defined as follows; M is the month, S its first day, E its
 * last day, and "by E" means with a date on or before E (payments: {@code settled_at} before the next month).
 *
 * <h2>Membership</h2>
 * Enrolments count unless lapsed (void from their start; {@code insurance.reporting_enrolment.counted}); the plan of an
 * enrolment is its plan version's plan.
 * <ul>
 *   <li>members in force: distinct members with an enrolment covering E ({@code cover_start <= E <= cover_end};
 *       a leaver's {@code cover_end} is the date they left);</li>
 *   <li>joiners: enrolments starting in M that are not a renewal ({@code continuous_from = cover_start});</li>
 *   <li>leavers: enrolments ended early with {@code ended_on} in M, plus enrolments whose cover ends in M and
 *       that the same member does not continue in the same plan the next day (not renewed);</li>
 *   <li>member-months: days of cover in M of all enrolments / days of M.</li>
 * </ul>
 * <h2>Premium</h2>
 * Total scope, from the ledger ({@code insurance.reporting_journal_line}, entries dated in M or by E):
 * written = credits less debits to UNEARNED_PREMIUM_RESERVE of BILL_ISSUED entries (and their reversals) in M;
 * earned = credits less debits to EARNED_PREMIUM in M (monthly earning and the at-once earning of leavers);
 * unearned = the UNEARNED_PREMIUM_RESERVE balance at E. Plan scope: the ledger carries no plan, so written is
 * the same bill entries joined to their bill's plan (the entry's reference is the bill id), earned and
 * unearned are the monthly earning's figures by plan version ({@code insurance.reporting_earning}, run month M)
 * — the unearned reserve of a plan therefore leaves out bills not yet paid.
 * <h2>Claims</h2>
 * A claim counts when received by E and the claims module counts it ({@code claims.reporting_claim.counted}: not
 * rejected or withdrawn); its month of service is that of {@code service_date}; its expected amount X is the
 * view's {@code expected_amount} (approved when positive, else assessed payable, else 0; an appealed claim the amount
 * under appeal, the higher of its approved amount and the appeal's reassessment). Paid = the payments the
 * bank confirmed ({@code claims.reporting_payment}), net of reversals ({@code claims.reporting_reversal}): a claim
 * reversed (rejected with reason REVERSED, event REVERSE) has its payments taken back at the time of the reversal.
 * Paid, the case reserves and the triangle share this one basis, and the ledger books the same events (benefits paid
 * when a bank return confirms them, recoverable when a paid claim is reversed), from which the fund balance is taken.
 * <ul>
 *   <li>reported: claims received in M (count, and the sum of X);</li>
 *   <li>paid: payment lines settled in M less the payments of claims reversed in M;</li>
 *   <li>outstanding (case reserves) at E: over claims received by E that the claims module calls assessed
 *       ({@code valued}), {@code max(0, X − paid by E)}; plus, for unassessed
 *       claims with service in the triangle's window, the reserving step's estimate (the average assessed claim of
 *       their type). Statuses are those known when the report is made (a claim assessed after E but received
 *       before counts with its assessment);</li>
 *   <li>the reserving: the reader ({@link #reservingData}) reads claims with service in the last N months
 *       (M−N+1 … M) reported by E, valued at X, by month of service × report lag (months from service to receipt)
 *       × claim type, claims above the large-claim threshold one by one, reversals as negative values at the lag of
 *       the reversal, and the member-months; the pure step {@link BookedReserve} turns that into the IBNR booked
 *       (chain ladder on the reported triangle, Bornhuetter–Ferguson for the newest P months, large claims reserved
 *       one by one with a load for those not yet reported), its standard error and 95 % interval. Nothing is
 *       floored; months older than the triangle are taken as fully developed (IBNR 0). The IBNR figure is the sum
 *       over all months of service up to M. The triangle shown is that reported triangle with the IBNR per row;</li>
 *   <li>incurred of a month = paid by E + case reserve (estimate for unassessed claims included) + IBNR of the claims
 *       with service in that month (incurred basis); loss ratio = incurred / earned premium for the month, calendar year to date (January … M),
 *       plan year to date for one plan (from the first month of its plan year containing E, by the version in force at E;
 *       none for all plans together, whose years differ) and the rolling 12 months (M−11 … M);</li>
 *   <li>frequency per 1,000 member-years = counted claims with service in M / (member-months / 12) × 1,000;
 *       average severity = (paid + case reserve) of those claims / their number (IBNR not included);</li>
 *   <li>admissions: INPATIENT claims with service in M; average length of stay: their mean
 *       {@code days_in_hospital};</li>
 *   <li>bands: members in force at E by age at E (5-year bands, 0-4 … 75-79, 80+) and sex, with their member-months
 *       in M and their claims with service in M (count, paid + case reserve). A band counts enrolments in force: exact for
 *       a plan (one in force per member), while in the total a member covered by two plans counts once per plan, as
 *       member-months do (a distinct count over millions of members cost four times the whole rest of the figures);</li>
 *   <li>large claims: claims with service in the rolling 12 months whose paid + case reserve exceeds the
 *       threshold (default 50,000 yuan), largest first, at most 100;</li>
 *   <li>serious illness: SERIOUS_ILLNESS claims with service in the rolling 12 months with a positive paid or
 *       reserved amount, by disease class; incidence per 1,000 member-years of the rolling 12 months.</li>
 * </ul>
 * <h2>Fund balance (total scope only)</h2>
 * The association's mutual-aid fund at E = BANK + PREMIUM_RECEIVABLE + RECOVERIES_RECEIVABLE − REFUNDS_PAYABLE −
 * UNEARNED_PREMIUM_RESERVE, all ledger balances at E (benefits the bank confirmed paid have left BANK, and a reversed
 * claim's payment stands as to be recovered), − outstanding − IBNR. A plan has no bank account of its own: the figure
 * is {@code null} for plan scopes.
 * <h2>Credibility-weighted premium indication</h2>
 * Limited fluctuation for pure premium (p = 90 %, k = 5 %): n = counted claims with service in the rolling 12 months,
 * full credibility at n_full = 1,082 × (1 + CV²) with CV the coefficient of variation of their size (paid + case
 * reserve at E; 1,082 alone is the standard for claim counts), Z = min(1, √(n / n_full)); observed
 * pure premium = incurred claims of the rolling 12 months / member-years; current rate = earned premium of the
 * rolling 12 months / member-years; indication (per member per year) = Z × pure premium + (1 − Z) × current rate.
 * It blends claims cost with the rate in force and adds no expense loading.
 */
@ApplicationScoped
public class MonthlyFigures {

    /**
     * How far back the triangle goes, how many newest months are reserved by Bornhuetter–Ferguson, what a large
     * claim is, the load for large claims not yet reported (a fraction of the attritional IBNR; {@code null}:
     * estimated from the large claims themselves, see {@link BookedReserve}), and how the development factors are
     * selected ({@link ReservingChoices}; an override must name a lag of the triangle, 0 to triangle months − 2).
     */
    public record Parameters(int triangleMonths, int projectionMonths, BigDecimal largeClaimThreshold, BigDecimal largeClaimLoad,
                             ReservingChoices choices) {

        public static final Parameters DEFAULTS = new Parameters(24, 3, new BigDecimal("50000"), null);

        public Parameters(int triangleMonths, int projectionMonths, BigDecimal largeClaimThreshold) {
            this(triangleMonths, projectionMonths, largeClaimThreshold, null);
        }

        public Parameters(int triangleMonths, int projectionMonths, BigDecimal largeClaimThreshold, BigDecimal largeClaimLoad) {
            this(triangleMonths, projectionMonths, largeClaimThreshold, largeClaimLoad, ReservingChoices.DEFAULTS);
        }

        public Parameters {
            if (triangleMonths < 1 || triangleMonths > 120) {
                throw new IllegalArgumentException("triangle months must be 1 to 120: " + triangleMonths);
            }
            if (projectionMonths < 0 || projectionMonths >= triangleMonths) {
                throw new IllegalArgumentException("projection months must be 0 to triangle months − 1: " + projectionMonths);
            }
            if (largeClaimThreshold == null || largeClaimThreshold.signum() < 0) {
                throw new IllegalArgumentException("large claim threshold must not be negative");
            }
            if (largeClaimLoad != null && largeClaimLoad.signum() < 0) {
                throw new IllegalArgumentException("large claim load must not be negative");
            }
            choices = choices == null ? ReservingChoices.DEFAULTS : choices;
            for (int lag : choices.overrides().keySet()) {
                if (lag < 0 || lag > triangleMonths - 2) {
                    throw ReportsMessages.refuse(org.huzhu.platform.api.DomainException.Kind.INVALID, "reports.override.lag", lag,
                            triangleMonths, triangleMonths - 2);
                }
            }
        }

        /** These parameters with the factors selected as {@code chosen}. */
        public Parameters with(ReservingChoices chosen) {
            return new Parameters(triangleMonths, projectionMonths, largeClaimThreshold, largeClaimLoad, chosen);
        }
    }

    static final double FULL_CREDIBILITY_CLAIMS = 1082.0;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MonthlyFigures.class.getName());
    private static final int MONEY = 2;
    /** Received by E (one parameter) and counted by the claims module's rule (its published view). */
    private static final String COUNTED = " c.received_on <= ? and c.counted ";
    private static final String EXPECTED = "c.expected_amount";

    private static final String CLAIM_MONTH = "(extract(year from c.service_date) * 12 + extract(month from c.service_date) - 1)";
    private static final String RECEIVED_MONTH = "(extract(year from c.received_on) * 12 + extract(month from c.received_on) - 1)";

    /** The figures of a month that has ended: they may be read from a replica. */
    @jakarta.inject.Inject
    org.huzhu.platform.api.ReadDatabase database;

    private DataSource dataSource;

    public MonthlyFigures() {
    }

    public MonthlyFigures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private DataSource source() {
        return dataSource != null ? dataSource : database.dataSource();
    }

    /** The plans to report on, by code, with their Chinese display name. */
    public List<Scope> plans() {
        return Jdbc.query(source(), "select plan_code, plan_name_zh from insurance.reporting_plan order by plan_code",
                row -> Scope.plan(row.getString(1), row.getString(2)));
    }

    public MonthlySummary compute(YearMonth month, Scope scope, OffsetDateTime asOf, Parameters parameters) {
        return compute(month, scope, asOf, parameters, null);
    }

    /**
     * The summary, its reported development compared with the previous month's report ({@code null}: there is none,
     * and the summary says so).
     */
    public MonthlySummary compute(YearMonth month, Scope scope, OffsetDateTime asOf, Parameters parameters, PreviousReport previous) {
        return Jdbc.withConnection(source(), connection -> new Run(connection, month, scope, parameters).summary(asOf, previous));
    }

    /** What the reserving step is given for the month: the reader's half of {@link #compute}, for tests. */
    public ReservingData reservingData(YearMonth month, Scope scope, Parameters parameters) {
        return Jdbc.withConnection(source(), connection -> {
            Run run = new Run(connection, month, scope, parameters);
            return run.reservingData(run.memberMonths(month.minusMonths(parameters.triangleMonths() - 1L)));
        });
    }

    /** One computation: the connection, the month's dates and the scope's SQL filters. */
    private static final class Run {

        private final Connection db;
        private final YearMonth month;
        private final Scope scope;
        private final Parameters parameters;
        private final Date start;
        private final Date end;
        private final Date next;
        private final int monthIndex;

        Run(Connection db, YearMonth month, Scope scope, Parameters parameters) {
            this.db = db;
            this.month = month;
            this.scope = scope;
            this.parameters = parameters;
            this.start = Date.valueOf(month.atDay(1));
            this.end = Date.valueOf(month.atEndOfMonth());
            this.next = Date.valueOf(month.plusMonths(1).atDay(1));
            this.monthIndex = index(month);
        }

        static int index(YearMonth m) {
            return m.getYear() * 12 + m.getMonthValue() - 1;
        }

        static YearMonth fromIndex(long i) {
            return YearMonth.of((int) (i / 12), (int) (i % 12) + 1);
        }

        /**
         * The claims as they stood at E, as {@code c} (the columns of {@code claims.reporting_claim}): a claim changed
         * after E (an event after it) is taken with the status of its last event before it and the amount of its last
         * assessment before it, and left out if it had none (filed later, even with an earlier date of receipt); every
         * other claim as it stands. Rerunning a month later therefore reads the same claims. Only the claims changed
         * since E are looked up (index on the events' time), so the month just ended costs almost nothing more.
         */
        private String claims() {
            String e = "timestamp '" + month.plusMonths(1).atDay(1) + " 00:00:00'";
            String changed = "(select distinct claim_id from claims.reporting_claim_event where at >= " + e + ")";
            String then = "(select ch.claim_id, ev.to_status as status, ev.reverses as reversed, pa.payable from " + changed + " ch "
                    + "left join (select claim_id, max(id) as id from claims.reporting_claim_event where at < " + e + " and claim_id in "
                    + changed + " group by claim_id) le on le.claim_id = ch.claim_id left join claims.reporting_claim_event ev on ev.id = le.id "
                    + "left join (select claim_id, max(assessment_no) as n from claims.reporting_assessment where assessed_at < " + e
                    + " and claim_id in " + changed + " group by claim_id) la on la.claim_id = ch.claim_id "
                    + "left join claims.reporting_assessment pa on pa.claim_id = la.claim_id and pa.assessment_no = la.n) h ";
            return "(select c.id, c.member_id, c.plan_code, c.claim_type, c.service_date, c.received_on, c.days_in_hospital, c.icd10, "
                    + "c.disease_class, coalesce(hs.counted, c.counted) as counted, coalesce(hs.valued, c.valued) as valued, "
                    + "coalesce(hs.unassessed, c.unassessed) as unassessed, "
                    + "case when h.claim_id is null then c.expected_amount else coalesce(h.payable, 0) end as expected_amount, "
                    + "case when h.claim_id is null then c.reversed_amount when h.reversed then coalesce(h.payable, 0) end as reversed_amount "
                    + "from claims.reporting_claim c left join " + then + "on h.claim_id = c.id "
                    + "left join claims.reporting_status hs on hs.status = h.status where h.claim_id is null or h.status is not null) c ";
        }

        /** " and c.plan_code = ?" or nothing; the plan's code is added to the parameters by {@link #claimParams}. */
        private String claimPlan() {
            return scope.isTotal() ? "" : " and c.plan_code = ? ";
        }

        private String enrolmentPlan() {
            return scope.isTotal() ? "" : " and e.plan_version_id in (select plan_version_id from insurance.reporting_plan_version "
                    + "where plan_code = ?) ";
        }

        private String versionPlan(String column) {
            return scope.isTotal() ? "" : " and " + column + " in (select plan_version_id from insurance.reporting_plan_version "
                    + "where plan_code = ?) ";
        }

        private Object[] withPlan(Object... values) {
            if (scope.isTotal()) {
                return values;
            }
            Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
            all[values.length] = scope.planCode();
            return all;
        }

        /**
         * Per claim: paid by E. Every use counts only claims not rejected, so a reversed claim (rejected, reason
         * REVERSED) is left out with its payments: net of the reversal, it has paid nothing.
         */
        private String paidByEnd() {
            return "left join (select claim_id, sum(amount) as paid from claims.reporting_payment "
                    + "where settled_at < ? group by claim_id) pl on pl.claim_id = c.id ";
        }

        /** The time of each claim's (last) reversal, as {@code rv.reversed_at}; claims never reversed are left out. */
        private static String reversals() {
            return "left join claims.reporting_reversal rv on rv.claim_id = c.id ";
        }

        private String reserve() {
            return "(case when c.valued then greatest(0, " + EXPECTED
                    + " - coalesce(pl.paid, 0)) else 0 end)";
        }

        MonthlySummary summary(OffsetDateTime asOf, PreviousReport previous) throws SQLException {
            int window = parameters.triangleMonths();
            int series = 12;
            int back = Math.max(window, series);
            YearMonth first = month.minusMonths(back - 1L);

            // exposure by month for the window (member-days / days of the month)
            Map<YearMonth, BigDecimal> memberMonths = memberMonths(first);
            Membership membership = membership();

            // known claims by month of service: count, paid by E, case reserve, admissions, days
            Map<YearMonth, ClaimMonth> claimMonths = claimMonths(first);
            BigDecimal outstandingAssessed = one("select coalesce(sum(" + reserve() + "), 0) from " + claims() + paidByEnd()
                    + "where " + COUNTED + claimPlan(), withPlan(nextMonth(), end));

            // the reported triangle and the IBNR booked on it: the pure step over what the reader reads
            BookedReserve booked = BookedReserve.estimate(reservingData(memberMonths), parameters.largeClaimLoad(), parameters.choices());
            Booked reserving = new Booked(booked);
            BigDecimal outstandingAll = outstandingAssessed.add(booked.unassessedReserve());

            // premium
            Premium premium = premium(month.minusMonths(series - 1L));

            // series and loss ratios
            List<MonthlyPoint> points = new ArrayList<>();
            BigDecimal earnedYtd = BigDecimal.ZERO;
            BigDecimal incurredYtd = BigDecimal.ZERO;
            YearMonth planYearStart = planYearStart();
            BigDecimal earnedPytd = BigDecimal.ZERO;
            BigDecimal incurredPytd = BigDecimal.ZERO;
            BigDecimal earned12 = BigDecimal.ZERO;
            BigDecimal incurred12 = BigDecimal.ZERO;
            BigDecimal memberMonths12 = BigDecimal.ZERO;
            long claims12 = 0;
            for (int i = series - 1; i >= 0; i--) {
                YearMonth m = month.minusMonths(i);
                BigDecimal earned = premium.earnedByMonth().getOrDefault(m, BigDecimal.ZERO);
                BigDecimal incurred = reserving.incurred(m, claimMonths);
                points.add(new MonthlyPoint(m, money(earned), money(incurred), ratio(incurred, earned)));
                earned12 = earned12.add(earned);
                incurred12 = incurred12.add(incurred);
                memberMonths12 = memberMonths12.add(memberMonths.getOrDefault(m, BigDecimal.ZERO));
                claims12 += claimMonths.getOrDefault(m, ClaimMonth.NONE).count();
                if (m.getYear() == month.getYear()) {
                    earnedYtd = earnedYtd.add(earned);
                    incurredYtd = incurredYtd.add(incurred);
                }
                if (planYearStart != null && !m.isBefore(planYearStart)) {
                    earnedPytd = earnedPytd.add(earned);
                    incurredPytd = incurredPytd.add(incurred);
                }
            }
            ClaimMonth current = claimMonths.getOrDefault(month, ClaimMonth.NONE);
            BigDecimal exposure = memberMonths.getOrDefault(month, BigDecimal.ZERO);
            BigDecimal incurredMonth = reserving.incurred(month, claimMonths);
            BigDecimal ibnrTotal = reserving.totalIbnr();

            Object[] reported = row("select count(*), coalesce(sum(" + EXPECTED + "), 0) from " + claims() + "where c.received_on >= ? "
                    + "and c.received_on <= ? " + claimPlan(), withPlan(start, end));
            // paid in the month, net of reversals: payments settled in it less what was paid on claims reversed in it
            java.sql.Timestamp startOfMonth = new java.sql.Timestamp(start.getTime());
            BigDecimal paidInMonth = ((BigDecimal) one("select coalesce(sum(l.amount), 0) from claims.reporting_payment l join " + claims()
                    + "on c.id = l.claim_id where l.settled_at >= ? and l.settled_at < ? " + claimPlan(),
                    withPlan(startOfMonth, nextMonth()))).subtract(one("select coalesce(sum(l.amount), 0) from claims.reporting_payment l "
                    + "join " + claims() + "on c.id = l.claim_id " + reversals() + "where rv.reversed_at >= ? "
                    + "and rv.reversed_at < ? and l.settled_at <= rv.reversed_at " + claimPlan(), withPlan(startOfMonth, nextMonth())));

            BigDecimal fund = null;
            if (scope.isTotal()) {
                fund = premium.bank().add(premium.receivable()).add(premium.recoverable()).subtract(premium.refundsPayable())
                        .subtract(premium.unearned()).subtract(outstandingAll).subtract(ibnrTotal);
            }

            // credibility for pure premium: full at 1,082 × (1 + CV²) claims, CV that of the claim size (paid + case) of the
            // counted claims with service in the rolling 12 months
            Object[] sizes = row("select count(*), coalesce(sum(x), 0), coalesce(sum(x * x), 0) from (select coalesce(pl.paid, 0) + "
                    + reserve() + " as x from " + claims() + paidByEnd() + "where " + COUNTED + "and c.service_date >= ? and c.service_date <= ? "
                    + claimPlan() + ") y", withPlan(nextMonth(), end, Date.valueOf(month.minusMonths(series - 1L).atDay(1)), end));
            double sizeCount = ((Number) sizes[0]).doubleValue();
            double sizeMean = sizeCount == 0 ? 0 : ((BigDecimal) sizes[1]).doubleValue() / sizeCount;
            double cvSquared = sizeMean == 0 ? 0 : (((BigDecimal) sizes[2]).doubleValue() / sizeCount - sizeMean * sizeMean) / (sizeMean * sizeMean);
            double fullStandard = FULL_CREDIBILITY_CLAIMS * (1 + cvSquared);
            double memberYears12 = memberMonths12.doubleValue() / 12.0;
            double z = Math.min(1.0, Math.sqrt(claims12 / fullStandard));
            BigDecimal indication = null;
            if (memberYears12 > 0) {
                double purePremium = incurred12.doubleValue() / memberYears12;
                double currentRate = earned12.doubleValue() / memberYears12;
                indication = money(BigDecimal.valueOf(z * purePremium + (1 - z) * currentRate));
            }

            KeyFigures figures = new KeyFigures(
                    membership.inForce(), membership.joiners(), membership.leavers(), exposure.setScale(2, RoundingMode.HALF_UP),
                    money(premium.written()), money(premium.earnedByMonth().getOrDefault(month, BigDecimal.ZERO)), money(premium.unearned()),
                    ((Number) reported[0]).longValue(), money((BigDecimal) reported[1]),
                    money(paidInMonth), money(outstandingAll), money(ibnrTotal),
                    booked.standardError(), booked.lower95(), booked.upper95(), money(parameters.largeClaimThreshold()), booked.largeClaimLoad(),
                    money(incurredMonth),
                    ratio(incurredMonth, premium.earnedByMonth().getOrDefault(month, BigDecimal.ZERO)),
                    ratio(incurredYtd, earnedYtd), planYearStart == null ? null : ratio(incurredPytd, earnedPytd), ratio(incurred12, earned12),
                    per1000(current.count(), exposure),
                    current.count() == 0 ? null : money(current.paid().add(current.reserve())
                            .divide(BigDecimal.valueOf(current.count()), 10, RoundingMode.HALF_UP)),
                    current.admissions(),
                    current.admissions() == 0 ? null : BigDecimal.valueOf(current.days())
                            .divide(BigDecimal.valueOf(current.admissions()), 2, RoundingMode.HALF_UP),
                    fund == null ? null : money(fund),
                    BigDecimal.valueOf(z).setScale(4, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(Math.sqrt(cvSquared)).setScale(4, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(fullStandard).setScale(0, RoundingMode.HALF_UP),
                    indication);
            LagTriangle triangle = ReportedTriangle.of(booked);
            return new MonthlySummary(scope, month, asOf, figures, points, triangle, bands(),
                    largeClaims(), seriousIllness(memberMonths12), DevelopmentBacktest.compare(previous, month, triangle),
                    paidTriangle(month.minusMonths(window - 1L)));
        }

        private java.sql.Timestamp nextMonth() {
            return new java.sql.Timestamp(next.getTime());
        }

        // ---------------------------------------------------------------- membership

        record Membership(long inForce, long joiners, long leavers) {
        }

        Membership membership() throws SQLException {
            long inForce = ((Number) one("select count(distinct e.member_id) from insurance.reporting_enrolment e where e.counted "
                    + "and e.cover_start <= ? and e.cover_end >= ? " + enrolmentPlan(), withPlan(end, end))).longValue();
            long joiners = ((Number) one("select count(*) from insurance.reporting_enrolment e where e.counted and e.cover_start >= ? "
                    + "and e.cover_start <= ? and e.continuous_from = e.cover_start " + enrolmentPlan(), withPlan(start, end))).longValue();
            // not renewed: no enrolment of the same person in the same plan from the next day (a hash anti-join)
            long leavers = ((Number) one("select count(*) from insurance.reporting_enrolment e "
                    + "where e.counted and ((e.ended_on >= ? and e.ended_on <= ?) or (e.ended_on is null and e.cover_end >= ? "
                    + "and e.cover_end <= ? and not exists (select 1 from insurance.reporting_enrolment n "
                    + "where n.cover_start > ? and n.cover_start <= ? and n.resident_id = e.resident_id and n.cover_start = e.cover_end + 1 "
                    + "and n.plan_id = e.plan_id and n.counted))) " + enrolmentPlan(), withPlan(start, end, start, end, start, next)))
                    .longValue();
            return new Membership(inForce, joiners, leavers);
        }

        /** Member-months by month from {@code first} to M, one query over a list of months. */
        Map<YearMonth, BigDecimal> memberMonths(YearMonth first) throws SQLException {
            StringBuilder months = new StringBuilder();
            for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
                months.append(months.length() == 0 ? "" : ", ").append("(").append(index(m)).append(", date '").append(m.atDay(1))
                        .append("', date '").append(m.atEndOfMonth()).append("')");
            }
            Map<YearMonth, BigDecimal> result = new TreeMap<>();
            // enrolments grouped by their cover span first (one scan; few distinct spans), then the spans by month
            query("select m.k, sum(cast(sp.n as bigint) * (cast(least(sp.cover_end, m.me) - greatest(sp.cover_start, m.ms) as integer) + 1)) "
                    + "from (select e.cover_start, e.cover_end, count(*) as n from insurance.reporting_enrolment e where e.counted "
                    + "and e.cover_start <= ? and e.cover_end >= ? " + enrolmentPlan() + "group by e.cover_start, e.cover_end) sp "
                    + "join (values " + months + ") as m(k, ms, me) on sp.cover_start <= m.me and sp.cover_end >= m.ms group by m.k", rs -> {
                        YearMonth m = fromIndex(rs.getLong(1));
                        result.put(m, BigDecimal.valueOf(rs.getLong(2)).divide(BigDecimal.valueOf(m.lengthOfMonth()), 10, RoundingMode.HALF_UP));
                    }, withPlan(end, Date.valueOf(first.atDay(1))));
            return result;
        }

        // ---------------------------------------------------------------- claims

        record ClaimMonth(long count, BigDecimal paid, BigDecimal reserve, long admissions, long days) {
            static final ClaimMonth NONE = new ClaimMonth(0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
        }

        Map<YearMonth, ClaimMonth> claimMonths(YearMonth first) throws SQLException {
            Map<YearMonth, ClaimMonth> result = new TreeMap<>();
            query("select " + CLAIM_MONTH + " as k, count(*), coalesce(sum(pl.paid), 0), coalesce(sum(" + reserve() + "), 0), "
                    + "sum(case when c.claim_type = 'INPATIENT' then 1 else 0 end), "
                    + "sum(case when c.claim_type = 'INPATIENT' then c.days_in_hospital else 0 end) "
                    + "from " + claims() + paidByEnd() + "where " + COUNTED + "and c.service_date >= ? and c.service_date <= ? " + claimPlan()
                    + "group by " + CLAIM_MONTH, rs -> result.put(fromIndex(rs.getLong(1)), new ClaimMonth(rs.getLong(2),
                    rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6))),
                    withPlan(nextMonth(), end, Date.valueOf(first.atDay(1)), end));
            return result;
        }

        /**
         * The reader's half of the reserving: claims with service in the triangle's window reported by E, valued
         * at E, by month of service × report lag × claim type (large ones one by one), and the exposure. Reversed
         * claims come back as negative values at the lag of their reversal. Set-based: three grouped queries.
         */
        ReservingData reservingData(Map<YearMonth, BigDecimal> memberMonths) throws SQLException {
            int n = parameters.triangleMonths();
            YearMonth oldest = month.minusMonths(n - 1L);
            Date first = Date.valueOf(oldest.atDay(1));
            BigDecimal threshold = parameters.largeClaimThreshold();
            String valued = "c.valued and " + EXPECTED + " <= ?";
            String lag = "greatest(0, " + RECEIVED_MONTH + " - " + CLAIM_MONTH + ")";
            Map<String, Object[]> cells = new TreeMap<>();
            query("select " + CLAIM_MONTH + ", " + lag + ", c.claim_type, "
                    + "coalesce(sum(case when " + valued + " then " + EXPECTED + " else 0 end), 0), "
                    + "sum(case when " + valued + " then 1 else 0 end), "
                    + "coalesce(sum(case when " + valued + " then " + EXPECTED + " * " + EXPECTED + " else 0 end), 0), "
                    + "sum(case when c.unassessed then 1 else 0 end) "
                    + "from " + claims() + "where " + COUNTED + "and c.service_date >= ? and c.service_date <= ? " + claimPlan()
                    + "group by " + CLAIM_MONTH + ", " + lag + ", c.claim_type",
                    rs -> cell(cells, rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4), rs.getLong(5), rs.getBigDecimal(6),
                            rs.getLong(7)), withPlan(threshold, threshold, threshold, end, first, end));
            // a reversal by E: the claim's assessed value at its report lag, taken back at the lag of the reversal
            String reversedValue = "c.reversed_amount";
            String reversalLag = "greatest(0, extract(year from rv.reversed_at) * 12 + extract(month from rv.reversed_at) - 1 - " + CLAIM_MONTH + ")";
            String reversed = "from " + claims() + reversals() + "where c.reversed_amount is not null and rv.reversed_at < ? "
                    + "and c.received_on <= ? and c.service_date >= ? and c.service_date <= ? and " + reversedValue + " <= ? " + claimPlan();
            for (String at : List.of(lag, reversalLag)) {
                int sign = at.equals(lag) ? 1 : -1;
                query("select " + CLAIM_MONTH + ", " + at + ", c.claim_type, sum(" + reversedValue + "), count(*), sum(" + reversedValue + " * "
                        + reversedValue + ") " + reversed + "group by " + CLAIM_MONTH + ", " + at + ", c.claim_type",
                        rs -> cell(cells, rs.getLong(1), rs.getInt(2), rs.getString(3), sign > 0 ? rs.getBigDecimal(4) : rs.getBigDecimal(4).negate(),
                                sign * rs.getLong(5), sign > 0 ? rs.getBigDecimal(6) : rs.getBigDecimal(6).negate(), 0),
                        withPlan(nextMonth(), end, first, end, threshold));
            }
            List<ReservingData.Cell> list = new ArrayList<>();
            for (Object[] c : cells.values()) {
                list.add(new ReservingData.Cell((YearMonth) c[0], (Integer) c[1], (String) c[2], (BigDecimal) c[3], (Long) c[4],
                        (BigDecimal) c[5], (Long) c[6]));
            }
            List<ReservingData.LargeClaimValue> large = new ArrayList<>();
            query("select c.id, " + CLAIM_MONTH + ", " + lag + ", " + EXPECTED + ", coalesce(pl.paid, 0) from " + claims() + paidByEnd()
                    + "where " + COUNTED + "and c.valued and c.service_date >= ? and c.service_date <= ? and "
                    + EXPECTED + " > ? " + claimPlan(), rs -> large.add(new ReservingData.LargeClaimValue(rs.getLong(1), fromIndex(rs.getLong(2)),
                    rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5))), withPlan(nextMonth(), end, first, end, threshold));
            return new ReservingData(month, n, parameters.projectionMonths(), memberMonths, list, large, pricedClaims(oldest));
        }

        /**
         * By month of service from {@code first} to M, the claims the plans' pricing expects: the month's earned premium
         * ({@code insurance.reporting_earning}) × the loss ratio its version was priced for; a month is left out when
         * any of its earned premium comes from a version that states none, or when nothing was earned.
         */
        Map<YearMonth, BigDecimal> pricedClaims(YearMonth first) throws SQLException {
            Map<YearMonth, BigDecimal> result = new TreeMap<>();
            query("select s.run_month, sum(s.earned * v.expected_loss_ratio), "
                    + "sum(case when v.expected_loss_ratio is null then 1 else 0 end), sum(s.earned) "
                    + "from insurance.reporting_earning s join insurance.reporting_plan_version v on v.plan_version_id = s.plan_version_id "
                    + "where s.run_month >= ? and s.run_month <= ? and s.earned <> 0 " + (scope.isTotal() ? "" : "and v.plan_code = ? ")
                    + "group by s.run_month", rs -> {
                        if (rs.getLong(3) == 0 && rs.getBigDecimal(4).signum() > 0) {
                            result.put(YearMonth.parse(rs.getString(1)), rs.getBigDecimal(2));
                        }
                    }, withPlan(first.toString(), month.toString()));
            return result;
        }

        /**
         * Paid claims by month of service (from {@code oldest} to M) × payment lag (whole calendar months from service to
         * settlement), cumulative: the payments the bank confirmed by E, and for a claim reversed by E what it had been
         * paid taken back at the lag of the reversal (amount and claim negative). Counts are claims paid in the cell.
         */
        LagTriangle paidTriangle(YearMonth oldest) throws SQLException {
            int n = monthIndex - index(oldest) + 1;
            BigDecimal[][] amounts = new BigDecimal[n][n];
            long[][] counts = new long[n][n];
            Date first = Date.valueOf(oldest.atDay(1));
            String settledLag = "greatest(0, extract(year from l.settled_at) * 12 + extract(month from l.settled_at) - 1 - " + CLAIM_MONTH + ")";
            String reversalLag = "greatest(0, extract(year from rv.reversed_at) * 12 + extract(month from rv.reversed_at) - 1 - " + CLAIM_MONTH + ")";
            RowConsumer add = rs -> {
                int i = (int) (rs.getLong(1) - index(oldest));
                int k = rs.getInt(2);
                if (i >= 0 && i < n && k < n - i) {
                    amounts[i][k] = (amounts[i][k] == null ? BigDecimal.ZERO : amounts[i][k]).add(rs.getBigDecimal(3));
                    counts[i][k] += rs.getLong(4);
                }
            };
            query("select " + CLAIM_MONTH + ", " + settledLag + ", sum(l.amount), count(distinct l.claim_id) from claims.reporting_payment l join "
                    + claims() + "on c.id = l.claim_id where l.settled_at < ? and c.service_date >= ? and c.service_date <= ? " + claimPlan()
                    + "group by " + CLAIM_MONTH + ", " + settledLag, add, withPlan(nextMonth(), first, end));
            query("select " + CLAIM_MONTH + ", " + reversalLag + ", -sum(l.amount), -count(distinct l.claim_id) from claims.reporting_payment l join "
                    + claims() + "on c.id = l.claim_id " + reversals() + "where rv.reversed_at < ? and l.settled_at <= rv.reversed_at "
                    + "and c.service_date >= ? and c.service_date <= ? " + claimPlan() + "group by " + CLAIM_MONTH + ", " + reversalLag,
                    add, withPlan(nextMonth(), first, end));
            List<LagTriangle.Row> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<BigDecimal> rowAmounts = new ArrayList<>();
                List<Long> rowCounts = new ArrayList<>();
                BigDecimal amount = BigDecimal.ZERO;
                long count = 0;
                for (int k = 0; k < n - i; k++) {
                    amount = amount.add(amounts[i][k] == null ? BigDecimal.ZERO : amounts[i][k]);
                    count += counts[i][k];
                    rowAmounts.add(money(amount));
                    rowCounts.add(count);
                }
                rows.add(new LagTriangle.Row(oldest.plusMonths(i), rowAmounts, rowCounts, null));
            }
            return new LagTriangle(rows, List.of(), List.of());
        }

        private static void cell(Map<String, Object[]> cells, long origin, int lag, String type, BigDecimal amount, long count,
                                 BigDecimal squares, long unassessed) {
            Object[] cell = cells.computeIfAbsent(origin + "|" + lag + "|" + type,
                    k -> new Object[] {fromIndex(origin), lag, type, BigDecimal.ZERO, 0L, BigDecimal.ZERO, 0L});
            cell[3] = ((BigDecimal) cell[3]).add(amount);
            cell[4] = (Long) cell[4] + count;
            cell[5] = ((BigDecimal) cell[5]).add(squares);
            cell[6] = (Long) cell[6] + unassessed;
        }

        List<AgeSexBand> bands() throws SQLException {
            String age = "cast(floor(((extract(year from cast(? as date)) * 10000 + extract(month from cast(? as date)) * 100 + extract(day from cast(? as date))) "
                    + "- (extract(year from mb.birth_date) * 10000 + extract(month from mb.birth_date) * 100 + extract(day from mb.birth_date))) / 10000) as integer)";
            String band = "least(16, cast(" + age + " as integer) / 5)";
            Map<String, long[]> members = new LinkedHashMap<>();
            Map<String, BigDecimal> exposure = new HashMap<>();
            Map<String, Object[]> claims = new HashMap<>();
            int days = month.lengthOfMonth();
            // enrolments in force at E by birth date and sex first (one hash join, a few thousand groups), then by band
            String bandOfBirth = band.replace("mb.birth_date", "z.bd");
            query("select b, sex, sum(n), sum(d) from (select " + bandOfBirth + " as b, z.sex as sex, z.n as n, z.d as d from "
                    + "(select mb.birth_date as bd, mb.sex as sex, count(*) as n, sum(cast(least(e.cover_end, ?) - greatest(e.cover_start, ?) "
                    + "as integer) + 1) as d from insurance.reporting_enrolment e join members.reporting_member mb on mb.member_id = e.member_id where e.counted "
                    + "and e.cover_start <= ? and e.cover_end >= ? " + enrolmentPlan() + "group by mb.birth_date, mb.sex) z) y group by b, sex",
                    rs -> {
                        String key = rs.getInt(1) + "|" + rs.getString(2).trim();
                        members.put(key, new long[] {rs.getLong(3)});
                        exposure.put(key, BigDecimal.valueOf(rs.getLong(4)).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP));
                    }, bandParameters(withPlan(end, start, end, end)));
            query("select b, sex, count(*), coalesce(sum(x), 0) from (select " + band + " as b, mb.sex as sex, coalesce(pl.paid, 0) + "
                    + reserve() + " as x from " + claims() + paidByEnd() + "join members.reporting_member mb on mb.member_id = c.member_id where " + COUNTED
                    + "and c.service_date >= ? and c.service_date <= ? " + claimPlan() + ") y group by b, sex", rs -> {
                        String key = rs.getInt(1) + "|" + rs.getString(2).trim();
                        members.putIfAbsent(key, new long[] {0});
                        claims.put(key, new Object[] {rs.getLong(3), rs.getBigDecimal(4)});
                    }, withPlan(end, end, end, nextMonth(), end, start, end));
            List<AgeSexBand> result = new ArrayList<>();
            new TreeMap<>(members).keySet().stream().sorted((a, b) -> {
                int x = Integer.parseInt(a.substring(0, a.indexOf('|')));
                int y = Integer.parseInt(b.substring(0, b.indexOf('|')));
                return x != y ? Integer.compare(x, y) : a.compareTo(b);
            }).forEach(key -> {
                int b = Integer.parseInt(key.substring(0, key.indexOf('|')));
                String label = b >= 16 ? "80+" : (b * 5) + "-" + (b * 5 + 4);
                AgeSexBand.Sex sex = key.endsWith("F") ? AgeSexBand.Sex.FEMALE : AgeSexBand.Sex.MALE;
                Object[] c = claims.getOrDefault(key, new Object[] {0L, BigDecimal.ZERO});
                BigDecimal mm = exposure.getOrDefault(key, BigDecimal.ZERO);
                result.add(new AgeSexBand(label, sex, members.get(key)[0], mm.setScale(2, RoundingMode.HALF_UP), (Long) c[0],
                        money((BigDecimal) c[1]), per1000((Long) c[0], mm)));
            });
            return result;
        }

        /** The band expression's date (three times) before the inner query's parameters. */
        private Object[] bandParameters(Object[] inner) {
            Object[] all = new Object[inner.length + 3];
            all[0] = end;
            all[1] = end;
            all[2] = end;
            System.arraycopy(inner, 0, all, 3, inner.length);
            return all;
        }

        List<LargeClaim> largeClaims() throws SQLException {
            List<LargeClaim> result = new ArrayList<>();
            YearMonth from = month.minusMonths(11);
            query("select c.id, c.service_date, coalesce(c.icd10, c.disease_class, c.claim_type), coalesce(pl.paid, 0) + " + reserve()
                    + ", coalesce(pl.paid, 0) from " + claims() + paidByEnd() + "where " + COUNTED + "and c.service_date >= ? "
                    + "and c.service_date <= ? and coalesce(pl.paid, 0) + " + reserve() + " > ? " + claimPlan()
                    + "order by 4 desc, c.id fetch first 100 rows only", rs -> result.add(new LargeClaim(String.valueOf(rs.getLong(1)),
                    YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3), money(rs.getBigDecimal(4)), money(rs.getBigDecimal(5)))),
                    withPlan(nextMonth(), end, Date.valueOf(from.atDay(1)), end, parameters.largeClaimThreshold()));
            return result;
        }

        List<DiseaseIncidence> seriousIllness(BigDecimal memberMonths12) throws SQLException {
            List<DiseaseIncidence> result = new ArrayList<>();
            YearMonth from = month.minusMonths(11);
            query("select coalesce(c.disease_class, 'UNKNOWN'), count(*), sum(coalesce(pl.paid, 0) + " + reserve() + ") from " + claims()
                    + paidByEnd() + "where " + COUNTED + "and c.claim_type = 'SERIOUS_ILLNESS' and c.service_date >= ? and c.service_date <= ? "
                    + "and coalesce(pl.paid, 0) + " + reserve() + " > 0 " + claimPlan() + "group by coalesce(c.disease_class, 'UNKNOWN') "
                    + "order by 1", rs -> result.add(new DiseaseIncidence(rs.getString(1), rs.getString(1), rs.getLong(2),
                    per1000(rs.getLong(2), memberMonths12), money(rs.getBigDecimal(3)))),
                    withPlan(nextMonth(), end, Date.valueOf(from.atDay(1)), end));
            return result;
        }

        /**
         * The first month of the plan year containing E, for one plan: by the plans' own rule (CoveragePeriod.yearStartOf)
         * over the coverage period of the plan's version in force at E; {@code null} for all plans together (their plan years
         * differ) or when no version of the plan covers E. The series reaches back twelve months, as far as a plan year.
         */
        YearMonth planYearStart() throws SQLException {
            if (scope.isTotal()) {
                return null;
            }
            List<CoveragePeriod> periods = new ArrayList<>();
            query("select v.period_start, v.period_end, v.cycle_years from insurance.reporting_plan_version v where v.plan_code = ? "
                    + "and v.period_start <= ? and v.period_end >= ? order by v.period_start desc", rs -> periods.add(new CoveragePeriod(
                    rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getInt(3))), scope.planCode(), end, end);
            return periods.isEmpty() ? null : YearMonth.from(periods.get(0).yearStartOf(end.toLocalDate()));
        }

        // ---------------------------------------------------------------- premium

        record Premium(BigDecimal written, Map<YearMonth, BigDecimal> earnedByMonth, BigDecimal unearned, BigDecimal bank,
                       BigDecimal receivable, BigDecimal recoverable, BigDecimal refundsPayable) {
        }

        Premium premium(YearMonth seriesStart) throws SQLException {
            BigDecimal written = one("select coalesce(sum(j.credit_amount), 0) from insurance.reporting_journal_line j "
                    + (scope.isTotal() ? "" : "join insurance.reporting_bill b on cast(b.bill_id as varchar(20)) = coalesce(j.reversed_reference, j.reference) ")
                    + "where j.account = 'UNEARNED_PREMIUM_RESERVE' and j.entry_date >= ? and j.entry_date <= ? "
                    + "and (j.kind = 'BILL_ISSUED' or j.reversed_kind = 'BILL_ISSUED') " + versionPlan("b.plan_version_id"), withPlan(start, end));
            Map<YearMonth, BigDecimal> earned = new TreeMap<>();
            Map<String, BigDecimal> balances = new HashMap<>();
            BigDecimal unearned;
            if (scope.isTotal()) {
                String monthKey = "(extract(year from j.entry_date) * 12 + extract(month from j.entry_date) - 1)";
                query("select " + monthKey + ", sum(j.credit_amount) from insurance.reporting_journal_line j "
                        + "where j.account = 'EARNED_PREMIUM' and j.entry_date >= ? and j.entry_date <= ? group by "
                        + monthKey, rs -> earned.put(fromIndex(rs.getLong(1)), rs.getBigDecimal(2)),
                        Date.valueOf(seriesStart.atDay(1)), end);
                query("select j.account, sum(j.credit_amount) from insurance.reporting_journal_line j "
                        + "where j.entry_date <= ? group by j.account",
                        rs -> balances.put(rs.getString(1), rs.getBigDecimal(2)), end);
                unearned = balances.getOrDefault("UNEARNED_PREMIUM_RESERVE", BigDecimal.ZERO);
            } else {
                query("select s.run_month, sum(s.earned) from insurance.reporting_earning s where s.run_month >= ? and s.run_month <= ? "
                        + versionPlan("s.plan_version_id") + "group by s.run_month",
                        rs -> earned.put(YearMonth.parse(rs.getString(1)), rs.getBigDecimal(2)),
                        withPlan(seriesStart.toString(), month.toString()));
                unearned = one("select coalesce(sum(s.unearned), 0) from insurance.reporting_earning s where s.run_month = ? "
                        + versionPlan("s.plan_version_id"), withPlan(month.toString()));
            }
            // balances are credit-positive: assets (debit accounts) negate
            return new Premium(written, earned, unearned, balances.getOrDefault("BANK", BigDecimal.ZERO).negate(),
                    balances.getOrDefault("PREMIUM_RECEIVABLE", BigDecimal.ZERO).negate(),
                    balances.getOrDefault("RECOVERIES_RECEIVABLE", BigDecimal.ZERO).negate(),
                    balances.getOrDefault("REFUNDS_PAYABLE", BigDecimal.ZERO));
        }

        // ---------------------------------------------------------------- JDBC

        interface RowConsumer {
            void accept(ResultSet rs) throws SQLException;
        }

        void query(String sql, RowConsumer consumer, Object... values) throws SQLException {
            long started = System.nanoTime();
            try (PreparedStatement statement = Jdbc.prepare(db, sql, values); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
            trace(sql, started);
        }

        private static void trace(String sql, long started) {
            LOG.fine(() -> String.format("%6d ms  %s", (System.nanoTime() - started) / 1_000_000, sql.length() > 160 ? sql.substring(0, 160) : sql));
        }

        Object[] row(String sql, Object... values) throws SQLException {
            long started = System.nanoTime();
            try (PreparedStatement statement = Jdbc.prepare(db, sql, values); ResultSet rs = statement.executeQuery()) {
                rs.next();
                Object[] row = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                    if (row[i] instanceof Number number && !(row[i] instanceof BigDecimal) && i > 0) {
                        row[i] = new BigDecimal(number.toString());
                    }
                }
                trace(sql, started);
                return row;
            }
        }

        @SuppressWarnings("unchecked")
        <T> T one(String sql, Object... values) throws SQLException {
            long started = System.nanoTime();
            try (PreparedStatement statement = Jdbc.prepare(db, sql, values); ResultSet rs = statement.executeQuery()) {
                rs.next();
                Object value = rs.getObject(1);
                if (value instanceof Number number && !(value instanceof BigDecimal) && !(value instanceof Long)) {
                    value = number instanceof Integer ? (Object) number.longValue() : new BigDecimal(number.toString());
                }
                trace(sql, started);
                return (T) value;
            }
        }
    }

    /** The booked reserve as the summary shows it: incurred by month and the total. */
    private record Booked(BookedReserve reserve) {

        BigDecimal incurred(YearMonth m, Map<YearMonth, Run.ClaimMonth> claimMonths) {
            Run.ClaimMonth known = claimMonths.getOrDefault(m, Run.ClaimMonth.NONE);
            BookedReserve.Row row = reserve.row(m);
            BigDecimal reserved = row == null ? BigDecimal.ZERO : row.ibnr().add(row.unassessed());
            return known.paid().add(known.reserve()).add(reserved);
        }

        BigDecimal totalIbnr() {
            return reserve.ibnr();
        }
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(MONEY, RoundingMode.HALF_UP);
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }

    static BigDecimal per1000(long claims, BigDecimal memberMonths) {
        if (memberMonths == null || memberMonths.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(claims * 12_000L).divide(memberMonths, 2, RoundingMode.HALF_UP);
    }
}
