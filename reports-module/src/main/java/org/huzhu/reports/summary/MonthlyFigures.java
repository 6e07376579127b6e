package org.huzhu.reports.summary;

import jakarta.annotation.Resource;
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

import org.huzhu.platform.api.Jdbc;
import org.huzhu.reports.api.summary.AgeSexBand;
import org.huzhu.reports.api.summary.DiseaseIncidence;
import org.huzhu.reports.api.summary.KeyFigures;
import org.huzhu.reports.api.summary.LagTriangle;
import org.huzhu.reports.api.summary.LargeClaim;
import org.huzhu.reports.api.summary.MonthlyPoint;
import org.huzhu.reports.api.summary.MonthlySummary;
import org.huzhu.reports.api.summary.Scope;
import org.huzhu.reports.reserving.DevelopmentFactors;
import org.huzhu.reports.reserving.MackStandardError;
import org.huzhu.reports.reserving.SigmaExtrapolation;
import org.huzhu.reports.reserving.Triangle;
import org.huzhu.reports.reserving.TriangleCell;

/**
 * Computes the monthly actuarial summary of one month, for one plan or all plans, with SQL aggregates over the
 * other modules' tables (GROUP BY in the database; no claim or enrolment row is read into Java, at most a few
 * hundred aggregate rows come back). The figures are defined as follows; M is the month, S its first day, E its
 * last day, and "by E" means with a date on or before E (payments: {@code settled_at} before the next month).
 *
 * <h2>Membership</h2>
 * Enrolments count unless LAPSED (void from their start); the plan of an enrolment is its plan version's plan.
 * <ul>
 *   <li>members in force: distinct members with an enrolment covering E ({@code cover_start <= E <= cover_end};
 *       a leaver's {@code cover_end} is the date they left);</li>
 *   <li>joiners: enrolments starting in M that are not a renewal ({@code continuous_from = cover_start});</li>
 *   <li>leavers: enrolments ended early with {@code ended_on} in M, plus enrolments whose cover ends in M and
 *       that the same member does not continue in the same plan the next day (not renewed);</li>
 *   <li>member-months: days of cover in M of all enrolments / days of M.</li>
 * </ul>
 * <h2>Premium</h2>
 * Total scope, from the ledger ({@code insurance.journal_entry/journal_posting}, entries dated in M or by E):
 * written = credits less debits to UNEARNED_PREMIUM_RESERVE of BILL_ISSUED entries (and their reversals) in M;
 * earned = credits less debits to EARNED_PREMIUM in M (monthly earning and the at-once earning of leavers);
 * unearned = the UNEARNED_PREMIUM_RESERVE balance at E. Plan scope: the ledger carries no plan, so written is
 * the same bill entries joined to their bill's plan (the entry's reference is the bill id), earned and
 * unearned are the monthly earning's figures by plan version ({@code insurance.earning_summary}, run month M)
 * — the unearned reserve of a plan therefore leaves out bills not yet paid.
 * <h2>Claims</h2>
 * A claim counts when received by E and not REJECTED, REFUSED or WITHDRAWN; its month of service is that of
 * {@code service_date}; its expected amount X is {@code approved_amount} when positive, else the assessed
 * {@code payable}, else 0. Paid = PAID payment lines ({@code claims.payment_line}).
 * <ul>
 *   <li>reported: claims received in M (count, and the sum of X);</li>
 *   <li>paid: payment lines settled in M;</li>
 *   <li>outstanding (case reserves) at E: over claims received by E whose status is ASSESSED, PENDING_DOCUMENTS,
 *       SECOND_REVIEW, APPROVED, IN_BATCH, APPEALED or PAID, {@code max(0, X − paid by E)}. Statuses are those known
 *       when the report is made (a claim assessed after E but received before counts with its assessment);</li>
 *   <li>lag triangle: payments settled by E on claims with service in the last N months (M−N+1 … M), by month of
 *       service × months from service to payment (lag 0 = paid in the month of service), cumulative amounts;
 *       counts are claims by the lag of their first payment, cumulative;</li>
 *   <li>development factors: volume-weighted chain ladder over the triangle ({@link DevelopmentFactors}); the
 *       chain-ladder unpaid of a month of service is ultimate − paid to E; Mack's standard error (Mack 1993,
 *       σ of the last step extrapolated as Mack proposes, else log-linearly) is that of the total chain-ladder unpaid
 *       over the whole triangle (projected months included); {@code null} when the triangle is too small;</li>
 *   <li>per-member-per-month projection: for the newest P months (default 3), whose paid is too undeveloped for
 *       the chain ladder, the ultimate is {@code max(paid + case, PMPM × member-months of the month)} with PMPM =
 *       the chain-ladder ultimates of the older months of the triangle / their member-months;</li>
 *   <li>IBNR of a month of service = {@code max(0, ultimate − paid by E − case reserve)}; months older than the
 *       triangle are taken as fully developed (IBNR 0). The IBNR figure is the sum over all months of service up
 *       to M;</li>
 *   <li>incurred of a month = paid by E + case reserve + IBNR of the claims with service in that month (incurred
 *       basis); loss ratio = incurred / earned premium for the month, calendar year to date (January … M) and
 *       the rolling 12 months (M−11 … M);</li>
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
 * The association's mutual-aid fund at E = BANK + PREMIUM_RECEIVABLE − REFUNDS_PAYABLE − UNEARNED_PREMIUM_RESERVE
 * (ledger balances at E) − claims paid by E (benefits are paid from the same bank account but are not yet posted
 * to the ledger, so they are taken from the payment lines) − outstanding − IBNR. A plan has no bank account of
 * its own: the figure is {@code null} for plan scopes.
 * <h2>Credibility-weighted premium indication</h2>
 * Limited fluctuation: n = counted claims with service in the rolling 12 months, Z = min(1, √(n / 1082)); observed
 * pure premium = incurred claims of the rolling 12 months / member-years; current rate = earned premium of the
 * rolling 12 months / member-years; indication (per member per year) = Z × pure premium + (1 − Z) × current rate.
 * It blends claims cost with the rate in force and adds no expense loading.
 */
@ApplicationScoped
public class MonthlyFigures {

    /** How far back the triangle goes, how many newest months are projected, what a large claim is. */
    public record Parameters(int triangleMonths, int projectionMonths, BigDecimal largeClaimThreshold) {

        public static final Parameters DEFAULTS = new Parameters(24, 3, new BigDecimal("50000"));

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
        }
    }

    static final double FULL_CREDIBILITY_CLAIMS = 1082.0;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MonthlyFigures.class.getName());
    private static final int MONEY = 2;
    private static final String COUNTED = " c.received_on <= ? and c.status not in ('REJECTED', 'REFUSED', 'WITHDRAWN') ";
    private static final String EXPECTED = "(case when c.approved_amount > 0 then c.approved_amount else coalesce(c.payable, 0) end)";
    private static final String RESERVED_STATUSES = "('ASSESSED', 'PENDING_DOCUMENTS', 'SECOND_REVIEW', 'APPROVED', 'IN_BATCH', 'APPEALED', 'PAID')";
    private static final String CLAIM_MONTH = "(extract(year from c.service_date) * 12 + extract(month from c.service_date) - 1)";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    public MonthlyFigures() {
    }

    public MonthlyFigures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The plans to report on, by code, with their Chinese display name. */
    public List<Scope> plans() {
        return Jdbc.query(dataSource, "select code, name_zh from insurance.plan order by code",
                row -> Scope.plan(row.getString(1), row.getString(2)));
    }

    public MonthlySummary compute(YearMonth month, Scope scope, OffsetDateTime asOf, Parameters parameters) {
        return Jdbc.withConnection(dataSource, connection -> new Run(connection, month, scope, parameters).summary(asOf));
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

        /** " and c.plan_code = ?" or nothing; the plan's code is added to the parameters by {@link #claimParams}. */
        private String claimPlan() {
            return scope.isTotal() ? "" : " and c.plan_code = ? ";
        }

        private String enrolmentPlan() {
            return scope.isTotal() ? "" : " and e.plan_version_id in (select v.id from insurance.plan_version v "
                    + "join insurance.plan p on p.id = v.plan_id where p.code = ?) ";
        }

        private String versionPlan(String column) {
            return scope.isTotal() ? "" : " and " + column + " in (select v.id from insurance.plan_version v "
                    + "join insurance.plan p on p.id = v.plan_id where p.code = ?) ";
        }

        private Object[] withPlan(Object... values) {
            if (scope.isTotal()) {
                return values;
            }
            Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
            all[values.length] = scope.planCode();
            return all;
        }

        /** Per claim: paid by E. */
        private String paidByEnd() {
            return "left join (select claim_id, sum(amount) as paid from claims.payment_line where status = 'PAID' "
                    + "and settled_at < ? group by claim_id) pl on pl.claim_id = c.id ";
        }

        private String reserve() {
            return "(case when c.status in " + RESERVED_STATUSES + " then greatest(0, " + EXPECTED
                    + " - coalesce(pl.paid, 0)) else 0 end)";
        }

        MonthlySummary summary(OffsetDateTime asOf) throws SQLException {
            int window = parameters.triangleMonths();
            int series = 12;
            int back = Math.max(window, series);
            YearMonth first = month.minusMonths(back - 1L);

            // exposure by month for the window (member-days / days of the month)
            Map<YearMonth, BigDecimal> memberMonths = memberMonths(first);
            Membership membership = membership();

            // known claims by month of service: count, paid by E, case reserve, admissions, days
            Map<YearMonth, ClaimMonth> claimMonths = claimMonths(first);
            BigDecimal outstandingAll = one("select coalesce(sum(" + reserve() + "), 0) from claims.claim c " + paidByEnd()
                    + "where " + COUNTED + claimPlan(), withPlan(nextMonth(), end));

            // triangle, chain ladder, Mack, projection
            Reserving reserving = reserving(memberMonths, claimMonths);

            // premium
            Premium premium = premium(month.minusMonths(series - 1L));

            // series and loss ratios
            List<MonthlyPoint> points = new ArrayList<>();
            BigDecimal earnedYtd = BigDecimal.ZERO;
            BigDecimal incurredYtd = BigDecimal.ZERO;
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
            }
            ClaimMonth current = claimMonths.getOrDefault(month, ClaimMonth.NONE);
            BigDecimal exposure = memberMonths.getOrDefault(month, BigDecimal.ZERO);
            BigDecimal incurredMonth = reserving.incurred(month, claimMonths);
            BigDecimal ibnrTotal = reserving.totalIbnr();

            Object[] reported = row("select count(*), coalesce(sum(" + EXPECTED + "), 0) from claims.claim c where c.received_on >= ? "
                    + "and c.received_on <= ? " + claimPlan(), withPlan(start, end));
            BigDecimal paidInMonth = one("select coalesce(sum(l.amount), 0) from claims.payment_line l join claims.claim c on c.id = l.claim_id "
                    + "where l.status = 'PAID' and l.settled_at >= ? and l.settled_at < ? " + claimPlan(),
                    withPlan(new java.sql.Timestamp(start.getTime()), nextMonth()));

            BigDecimal fund = null;
            if (scope.isTotal()) {
                BigDecimal paidToDate = one("select coalesce(sum(l.amount), 0) from claims.payment_line l where l.status = 'PAID' "
                        + "and l.settled_at < ?", nextMonth());
                fund = premium.bank().add(premium.receivable()).subtract(premium.refundsPayable()).subtract(premium.unearned())
                        .subtract(paidToDate).subtract(outstandingAll).subtract(ibnrTotal);
            }

            // credibility
            double memberYears12 = memberMonths12.doubleValue() / 12.0;
            double z = Math.min(1.0, Math.sqrt(claims12 / FULL_CREDIBILITY_CLAIMS));
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
                    reserving.standardError() == null ? null : money(BigDecimal.valueOf(reserving.standardError())),
                    money(incurredMonth),
                    ratio(incurredMonth, premium.earnedByMonth().getOrDefault(month, BigDecimal.ZERO)),
                    ratio(incurredYtd, earnedYtd), ratio(incurred12, earned12),
                    per1000(current.count(), exposure),
                    current.count() == 0 ? null : money(current.paid().add(current.reserve())
                            .divide(BigDecimal.valueOf(current.count()), 10, RoundingMode.HALF_UP)),
                    current.admissions(),
                    current.admissions() == 0 ? null : BigDecimal.valueOf(current.days())
                            .divide(BigDecimal.valueOf(current.admissions()), 2, RoundingMode.HALF_UP),
                    fund == null ? null : money(fund),
                    BigDecimal.valueOf(z).setScale(4, RoundingMode.HALF_UP),
                    indication);
            return new MonthlySummary(scope, month, asOf, figures, points, reserving.lagTriangle(), bands(),
                    largeClaims(), seriousIllness(memberMonths12));
        }

        private java.sql.Timestamp nextMonth() {
            return new java.sql.Timestamp(next.getTime());
        }

        // ---------------------------------------------------------------- membership

        record Membership(long inForce, long joiners, long leavers) {
        }

        Membership membership() throws SQLException {
            long inForce = ((Number) one("select count(distinct e.member_id) from insurance.enrolment e where e.status <> 'LAPSED' "
                    + "and e.cover_start <= ? and e.cover_end >= ? " + enrolmentPlan(), withPlan(end, end))).longValue();
            long joiners = ((Number) one("select count(*) from insurance.enrolment e where e.status <> 'LAPSED' and e.cover_start >= ? "
                    + "and e.cover_start <= ? and e.continuous_from = e.cover_start " + enrolmentPlan(), withPlan(start, end))).longValue();
            // not renewed: no enrolment of the same person in the same plan from the next day (a hash anti-join)
            long leavers = ((Number) one("select count(*) from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id "
                    + "where e.status <> 'LAPSED' and ((e.ended_on >= ? and e.ended_on <= ?) or (e.ended_on is null and e.cover_end >= ? "
                    + "and e.cover_end <= ? and not exists (select 1 from insurance.enrolment n join insurance.plan_version nv on nv.id = n.plan_version_id "
                    + "where n.cover_start > ? and n.cover_start <= ? and n.resident_id = e.resident_id and n.cover_start = e.cover_end + 1 "
                    + "and nv.plan_id = v.plan_id and n.status <> 'LAPSED'))) " + enrolmentPlan(), withPlan(start, end, start, end, start, next)))
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
                    + "from (select e.cover_start, e.cover_end, count(*) as n from insurance.enrolment e where e.status <> 'LAPSED' "
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
                    + "from claims.claim c " + paidByEnd() + "where " + COUNTED + "and c.service_date >= ? and c.service_date <= ? " + claimPlan()
                    + "group by " + CLAIM_MONTH, rs -> result.put(fromIndex(rs.getLong(1)), new ClaimMonth(rs.getLong(2),
                    rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6))),
                    withPlan(nextMonth(), end, Date.valueOf(first.atDay(1)), end));
            return result;
        }

        /** The paid triangle (settled by E), the chain ladder, Mack, and the projection of the newest months. */
        Reserving reserving(Map<YearMonth, BigDecimal> memberMonths, Map<YearMonth, ClaimMonth> claimMonths) throws SQLException {
            int n = parameters.triangleMonths();
            YearMonth oldest = month.minusMonths(n - 1L);
            String lag = "(extract(year from l.settled_at) * 12 + extract(month from l.settled_at) - 1 - " + CLAIM_MONTH + ")";
            double[][] incremental = new double[n][n];
            long[][] counts = new long[n][n];
            int oldestIndex = index(oldest);
            query("select " + CLAIM_MONTH + ", greatest(0, " + lag + "), sum(l.amount) from claims.payment_line l "
                    + "join claims.claim c on c.id = l.claim_id where l.status = 'PAID' and l.settled_at < ? "
                    + "and c.service_date >= ? and c.service_date <= ? " + claimPlan() + "group by " + CLAIM_MONTH + ", greatest(0, " + lag + ")",
                    rs -> incremental[rs.getInt(1) - oldestIndex][Math.min(rs.getInt(2), n - 1)] += rs.getBigDecimal(3).doubleValue(),
                    withPlan(nextMonth(), Date.valueOf(oldest.atDay(1)), end));
            String firstLag = "(extract(year from f.first_paid) * 12 + extract(month from f.first_paid) - 1 - " + CLAIM_MONTH + ")";
            query("select " + CLAIM_MONTH + ", greatest(0, " + firstLag + "), count(*) from claims.claim c join (select claim_id, "
                    + "min(settled_at) as first_paid from claims.payment_line where status = 'PAID' and settled_at < ? group by claim_id) f "
                    + "on f.claim_id = c.id where c.service_date >= ? and c.service_date <= ? " + claimPlan()
                    + "group by " + CLAIM_MONTH + ", greatest(0, " + firstLag + ")",
                    rs -> counts[rs.getInt(1) - oldestIndex][Math.min(rs.getInt(2), n - 1)] += rs.getLong(3),
                    withPlan(nextMonth(), Date.valueOf(oldest.atDay(1)), end));
            return new Reserving(oldest, n, incremental, counts, memberMonths, claimMonths, parameters.projectionMonths());
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
                    + "as integer) + 1) as d from insurance.enrolment e join members.member mb on mb.id = e.member_id where e.status <> 'LAPSED' "
                    + "and e.cover_start <= ? and e.cover_end >= ? " + enrolmentPlan() + "group by mb.birth_date, mb.sex) z) y group by b, sex",
                    rs -> {
                        String key = rs.getInt(1) + "|" + rs.getString(2).trim();
                        members.put(key, new long[] {rs.getLong(3)});
                        exposure.put(key, BigDecimal.valueOf(rs.getLong(4)).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP));
                    }, bandParameters(withPlan(end, start, end, end)));
            query("select b, sex, count(*), coalesce(sum(x), 0) from (select " + band + " as b, mb.sex as sex, coalesce(pl.paid, 0) + "
                    + reserve() + " as x from claims.claim c " + paidByEnd() + "join members.member mb on mb.id = c.member_id where " + COUNTED
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
                    + ", coalesce(pl.paid, 0) from claims.claim c " + paidByEnd() + "where " + COUNTED + "and c.service_date >= ? "
                    + "and c.service_date <= ? and coalesce(pl.paid, 0) + " + reserve() + " > ? " + claimPlan()
                    + "order by 4 desc, c.id fetch first 100 rows only", rs -> result.add(new LargeClaim(String.valueOf(rs.getLong(1)),
                    YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3), money(rs.getBigDecimal(4)), money(rs.getBigDecimal(5)))),
                    withPlan(nextMonth(), end, Date.valueOf(from.atDay(1)), end, parameters.largeClaimThreshold()));
            return result;
        }

        List<DiseaseIncidence> seriousIllness(BigDecimal memberMonths12) throws SQLException {
            List<DiseaseIncidence> result = new ArrayList<>();
            YearMonth from = month.minusMonths(11);
            query("select coalesce(c.disease_class, 'UNKNOWN'), count(*), sum(coalesce(pl.paid, 0) + " + reserve() + ") from claims.claim c "
                    + paidByEnd() + "where " + COUNTED + "and c.claim_type = 'SERIOUS_ILLNESS' and c.service_date >= ? and c.service_date <= ? "
                    + "and coalesce(pl.paid, 0) + " + reserve() + " > 0 " + claimPlan() + "group by coalesce(c.disease_class, 'UNKNOWN') "
                    + "order by 1", rs -> result.add(new DiseaseIncidence(rs.getString(1), rs.getString(1), rs.getLong(2),
                    per1000(rs.getLong(2), memberMonths12), money(rs.getBigDecimal(3)))),
                    withPlan(nextMonth(), end, Date.valueOf(from.atDay(1)), end));
            return result;
        }

        // ---------------------------------------------------------------- premium

        record Premium(BigDecimal written, Map<YearMonth, BigDecimal> earnedByMonth, BigDecimal unearned, BigDecimal bank,
                       BigDecimal receivable, BigDecimal refundsPayable) {
        }

        Premium premium(YearMonth seriesStart) throws SQLException {
            String signed = "(case when p.side = 'CREDIT' then p.amount else -p.amount end)";
            BigDecimal written = one("select coalesce(sum(" + signed + "), 0) from insurance.journal_posting p "
                    + "join insurance.journal_entry e on e.id = p.entry_id left join insurance.journal_entry o on o.id = e.reverses "
                    + (scope.isTotal() ? "" : "join insurance.bill b on cast(b.id as varchar(20)) = coalesce(o.reference, e.reference) ")
                    + "where p.account = 'UNEARNED_PREMIUM_RESERVE' and e.entry_date >= ? and e.entry_date <= ? "
                    + "and (e.kind = 'BILL_ISSUED' or o.kind = 'BILL_ISSUED') " + versionPlan("b.plan_version_id"), withPlan(start, end));
            Map<YearMonth, BigDecimal> earned = new TreeMap<>();
            Map<String, BigDecimal> balances = new HashMap<>();
            BigDecimal unearned;
            if (scope.isTotal()) {
                String monthKey = "(extract(year from e.entry_date) * 12 + extract(month from e.entry_date) - 1)";
                query("select " + monthKey + ", sum(" + signed + ") from insurance.journal_posting p join insurance.journal_entry e "
                        + "on e.id = p.entry_id where p.account = 'EARNED_PREMIUM' and e.entry_date >= ? and e.entry_date <= ? group by "
                        + monthKey, rs -> earned.put(fromIndex(rs.getLong(1)), rs.getBigDecimal(2)),
                        Date.valueOf(seriesStart.atDay(1)), end);
                query("select p.account, sum(" + signed + ") from insurance.journal_posting p join insurance.journal_entry e "
                        + "on e.id = p.entry_id where e.entry_date <= ? group by p.account",
                        rs -> balances.put(rs.getString(1), rs.getBigDecimal(2)), end);
                unearned = balances.getOrDefault("UNEARNED_PREMIUM_RESERVE", BigDecimal.ZERO);
            } else {
                query("select s.run_month, sum(s.earned) from insurance.earning_summary s where s.run_month >= ? and s.run_month <= ? "
                        + versionPlan("s.plan_version_id") + "group by s.run_month",
                        rs -> earned.put(YearMonth.parse(rs.getString(1)), rs.getBigDecimal(2)),
                        withPlan(seriesStart.toString(), month.toString()));
                unearned = one("select coalesce(sum(s.unearned), 0) from insurance.earning_summary s where s.run_month = ? "
                        + versionPlan("s.plan_version_id"), withPlan(month.toString()));
            }
            // balances are credit-positive: assets (debit accounts) negate
            return new Premium(written, earned, unearned, balances.getOrDefault("BANK", BigDecimal.ZERO).negate(),
                    balances.getOrDefault("PREMIUM_RECEIVABLE", BigDecimal.ZERO).negate(),
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

    /** The triangle's reserving: chain ladder and Mack over the older months, per-member-per-month for the newest. */
    private static final class Reserving {

        private final YearMonth oldest;
        private final double[][] cumulative;
        private final long[][] cumulativeCounts;
        private final int developed;
        private final double[] ibnr;
        private final List<BigDecimal> developmentFactors = new ArrayList<>();
        private final List<BigDecimal> completionFactors = new ArrayList<>();
        private Double standardError;

        Reserving(YearMonth oldest, int n, double[][] incremental, long[][] counts, Map<YearMonth, BigDecimal> memberMonths,
                  Map<YearMonth, Run.ClaimMonth> claimMonths, int projection) {
            this.oldest = oldest;
            this.cumulative = new double[n][];
            this.cumulativeCounts = new long[n][];
            this.ibnr = new double[n];
            for (int i = 0; i < n; i++) {
                int observed = n - i; // lags 0 .. n-1-i observed by E
                cumulative[i] = new double[observed];
                cumulativeCounts[i] = new long[observed];
                double running = 0;
                long runningCount = 0;
                for (int k = 0; k < observed; k++) {
                    running += incremental[i][k];
                    runningCount += counts[i][k];
                    cumulative[i][k] = running;
                    cumulativeCounts[i][k] = runningCount;
                }
            }
            this.developed = n - projection;

            // chain ladder over every month of the window; leading zero cells are left out (a link from 0 is undefined)
            List<TriangleCell> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < cumulative[i].length; k++) {
                    if (cumulative[i][k] > 0) {
                        cells.add(new TriangleCell(label(i), k, cumulative[i][k]));
                    }
                }
            }
            double[] ultimate = new double[n];
            for (int i = 0; i < n; i++) {
                ultimate[i] = cumulative[i][cumulative[i].length - 1];
            }
            double[] cdf = new double[n];
            java.util.Arrays.fill(cdf, 1.0);
            if (!cells.isEmpty()) {
                Triangle triangle = Triangle.fromCumulative(cells);
                int offset = cells.stream().mapToInt(TriangleCell::development).min().orElse(0);
                double[] f;
                try {
                    f = DevelopmentFactors.volumeWeighted(triangle).factors();
                } catch (IllegalArgumentException e) {
                    f = null; // a step no month of service shows at both lags: estimated below, 1 where nothing is known
                }
                for (int k = 0; k < n - 1; k++) {
                    int column = k - offset;
                    double factor = f != null && column >= 0 && column < f.length && Double.isFinite(f[column]) ? f[column]
                            : volumeWeighted(k);
                    developmentFactors.add(BigDecimal.valueOf(factor).setScale(6, RoundingMode.HALF_UP));
                }
                // cumulative-to-ultimate by lag from the factors (1 beyond the observed lags)
                double running = 1.0;
                double[] toUltimate = new double[n];
                for (int k = n - 1; k >= 0; k--) {
                    toUltimate[k] = running;
                    if (k > 0) {
                        running *= developmentFactors.get(k - 1).doubleValue();
                    }
                }
                for (int k = 0; k < n; k++) {
                    completionFactors.add(BigDecimal.valueOf(1.0 / toUltimate[k]).setScale(6, RoundingMode.HALF_UP));
                }
                for (int i = 0; i < n; i++) {
                    cdf[i] = toUltimate[cumulative[i].length - 1];
                    ultimate[i] = cumulative[i][cumulative[i].length - 1] * cdf[i];
                }
                standardError = mack(triangle, SigmaExtrapolation.MACK);
                if (standardError == null) {
                    standardError = mack(triangle, SigmaExtrapolation.LOG_LINEAR);
                }
            }
            // projection of the newest months: PMPM of the developed months' ultimates
            double refUltimate = 0;
            double refExposure = 0;
            for (int i = 0; i < developed; i++) {
                double mm = memberMonths.getOrDefault(oldest.plusMonths(i), BigDecimal.ZERO).doubleValue();
                if (mm > 0) {
                    refUltimate += ultimate[i];
                    refExposure += mm;
                }
            }
            for (int i = 0; i < n; i++) {
                YearMonth m = oldest.plusMonths(i);
                Run.ClaimMonth known = claimMonths.getOrDefault(m, Run.ClaimMonth.NONE);
                double paid = known.paid().doubleValue();
                double reserve = known.reserve().doubleValue();
                double ult = ultimate[i];
                if (i >= developed && refExposure > 0) {
                    ult = Math.max(paid + reserve, refUltimate / refExposure * memberMonths.getOrDefault(m, BigDecimal.ZERO).doubleValue());
                }
                ibnr[i] = Math.max(0, ult - paid - reserve);
            }
        }

        /** Mack's total standard error, {@code null} when the triangle is too small or degenerate for it. */
        private static Double mack(Triangle triangle, SigmaExtrapolation extrapolation) {
            try {
                double se = MackStandardError.estimate(triangle, extrapolation).totalStandardError();
                return Double.isFinite(se) ? se : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** Σ C[i][k+1] / Σ C[i][k] over the months with a positive amount at k and observed at k + 1; 1 without any. */
        private double volumeWeighted(int k) {
            double numerator = 0;
            double denominator = 0;
            for (double[] row : cumulative) {
                if (row.length > k + 1 && row[k] > 0) {
                    numerator += row[k + 1];
                    denominator += row[k];
                }
            }
            return denominator == 0 ? 1.0 : numerator / denominator;
        }

        private String label(int i) {
            return oldest.plusMonths(i).toString();
        }

        double ibnr(YearMonth m) {
            int i = Run.index(m) - Run.index(oldest);
            return i < 0 || i >= ibnr.length ? 0 : ibnr[i];
        }

        BigDecimal incurred(YearMonth m, Map<YearMonth, Run.ClaimMonth> claimMonths) {
            Run.ClaimMonth known = claimMonths.getOrDefault(m, Run.ClaimMonth.NONE);
            return known.paid().add(known.reserve()).add(money(BigDecimal.valueOf(ibnr(m))));
        }

        BigDecimal totalIbnr() {
            BigDecimal total = BigDecimal.ZERO;
            for (double value : ibnr) {
                total = total.add(money(BigDecimal.valueOf(value)));
            }
            return total;
        }

        Double standardError() {
            return standardError;
        }

        LagTriangle lagTriangle() {
            List<LagTriangle.Row> rows = new ArrayList<>();
            for (int i = 0; i < cumulative.length; i++) {
                List<BigDecimal> amounts = new ArrayList<>();
                List<Long> counts = new ArrayList<>();
                for (int k = 0; k < cumulative[i].length; k++) {
                    amounts.add(money(BigDecimal.valueOf(cumulative[i][k])));
                    counts.add(cumulativeCounts[i][k]);
                }
                rows.add(new LagTriangle.Row(oldest.plusMonths(i), amounts, counts, money(BigDecimal.valueOf(ibnr[i]))));
            }
            return new LagTriangle(rows, developmentFactors, completionFactors);
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
