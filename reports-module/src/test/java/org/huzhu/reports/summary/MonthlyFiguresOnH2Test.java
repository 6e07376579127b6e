package org.huzhu.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.huzhu.reports.api.summary.AgeSexBand;
import org.huzhu.reports.api.summary.KeyFigures;
import org.huzhu.reports.api.summary.LagTriangle;
import org.huzhu.reports.api.summary.MonthlySummary;
import org.huzhu.reports.api.summary.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of March 2026 over a hand-made data set, on H2 2.2 in PostgreSQL mode with the modules' own
 * migrations (members V1–V2, insurance V1, V4, V5, claims V1, the reporting views V10 of all three, reports V1). Every expected number is computed by
 * hand in the comments. Triangle of 3 months (January–March), the newest 1 by Bornhuetter–Ferguson, large claims
 * above 50,000.
 *
 * <pre>
 * Members (age at 2026-03-31)       enrolment in plan TP (version 2026, 2026-01-01 … 12-31)
 *   m1 F 1990-05-10  35 → 35-39      2026-01-01 … 12-31 ACTIVE
 *   m2 M 1980-03-31  46 → 45-49      2026-01-01 … 12-31 ACTIVE
 *   m3 M 1985-01-01  41              2026-01-01 … 03-15 ENDED (left 03-15)
 *   m4 F 1995-06-01  30 → 30-34      2026-03-16 … 12-31 ACTIVE (new: continuous_from = cover start)
 *   m5 M 1970-01-01                  2026-01-01 … 12-31 LAPSED (never counts)
 *
 * member-days: Jan 3×31 = 93 → 3.00 member-months; Feb 3×28 = 84 → 3.00; Mar 31 + 31 + 15 + 16 = 93 → 3.00
 * in force at 03-31: m1, m2, m4 = 3; joiners in March: m4 = 1; leavers: m3 = 1
 *
 * Claims (all plan TP)   service  received status      X (approved or payable)  paid (settled)
 *   c1  m1 INPATIENT 5d   01-10    01-20    PAID           1,000                 1,000 (01-25)  Jan lag 0
 *   c2  m2 INPATIENT 3d   01-20    02-05    PAID           2,000                 2,000 (02-10)  Jan lag 1
 *   c3  m3 OUTPAT.SER.    02-03    02-10    PAID           1,500                 1,500 (02-20)  Feb lag 0
 *   c4  m1 INPATIENT 4d   02-15    03-02    PAID           3,000                 3,000 (03-10)  Feb lag 1
 *   c5  m2 INPATIENT 10d  01-05    03-20    APPROVED      60,000                 —  (reserve 60,000; large)
 *   c6  m4 SERIOUS CANCER 03-20    03-25    PAID           3,000                 3,000 (03-28)  Mar lag 0
 *   c7  m1 INPATIENT 2d   03-10    03-30    REJECTED           0                 —  (not counted)
 *   c8  m2 INPATIENT 2d   01-25    04-02    ASSESSED         800                 —  (received after E: not counted)
 *   c9  m1 INPATIENT 1d   02-20    03-15    PAID             700                 700 (04-05, after E: reserve 700)
 *   c10 m2 OUTPAT.SER.    01-28    03-01    PAID             600                 600 (03-05)    Jan lag 2
 *   c11 m4 INPATIENT 6d   03-25    03-31    ASSESSED       1,200                 —  (reserve 1,200)
 * </pre>
 */
class MonthlyFiguresOnH2Test {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final OffsetDateTime AS_OF = OffsetDateTime.of(2026, 4, 1, 2, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final MonthlyFigures.Parameters PARAMETERS = new MonthlyFigures.Parameters(3, 1, new BigDecimal("50000"));

    static DataSource db;

    @BeforeAll
    static void buildDataSet() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:figures;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        db = h2;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String schema : List.of("members", "insurance", "claims", "reports")) {
                s.execute("create schema " + schema);
            }
            migrate(s, "../members-module/src/main/resources/db/migration/members/V1__units_and_members.sql");
            migrate(s, "../members-module/src/main/resources/db/migration/members/V2__history_and_agents.sql");
            migrate(s, "../insurance-module/src/main/resources/db/migration/insurance/V1__plan_catalogue.sql");
            migrate(s, "../insurance-module/src/main/resources/db/migration/insurance/V4__enrolment.sql");
            migrate(s, "../insurance-module/src/main/resources/db/migration/insurance/V5__premium_accounting.sql");
            migrate(s, "../claims-module/src/main/resources/db/migration/claims/V1__claims.sql");
            migrate(s, "../members-module/src/main/resources/db/migration/members/V10__reporting_views.sql");
            migrate(s, "../insurance-module/src/main/resources/db/migration/insurance/V10__reporting_views.sql");
            migrate(s, "../insurance-module/src/main/resources/db/migration/insurance/V62__reporting_plan_year.sql");
            migrate(s, "../insurance-module/src/main/resources/db/migration/insurance/V63__priced_loss_ratio.sql");
            migrate(s, "../claims-module/src/main/resources/db/migration/claims/V10__reporting_views.sql");
            migrate(s, "../claims-module/src/main/resources/db/migration/claims/V22__appeals_reserved_at_the_amount_under_appeal.sql");
            migrate(s, "src/main/resources/db/migration/reports/V1__monthly_reports.sql");
            migrate(s, "src/main/resources/db/migration/reports/V2__reserving_choices.sql");

            s.execute("insert into members.organisation (id, code, kind, name, valid_from) values (1, 'U1', 'UNIT', 'Unit', date '2000-01-01')");
            member(s, 1, "F", "1990-05-10");
            member(s, 2, "M", "1980-03-31");
            member(s, 3, "M", "1985-01-01");
            member(s, 4, "F", "1995-06-01");
            member(s, 5, "M", "1970-01-01");
            s.execute("insert into insurance.plan (id, code, kind, name_zh, name_en) values (1, 'TP', 'INPATIENT', '测试计划', 'Test plan')");
            s.execute("insert into insurance.plan_version (id, plan_id, version_code, period_start, period_end, cycle_years, max_shares, "
                    + "premium_per_share, waiting_period_months, rules) values (1, 1, '2026', date '2026-01-01', date '2026-12-31', 1, 1, 120, 0, '{}')");
            for (int list = 1; list <= 2; list++) {
                s.execute("insert into insurance.enrolment_list (id, unit_code, plan_version_id, kind, status, eligible_headcount, enrolled_count, "
                        + "required_count, submitted_by, submitted_at) values (" + list + ", 'U1', 1, 'NEW', 'CONFIRMED', 5, 5, 5, 't', current_timestamp)");
            }
            enrolment(s, 1, 1, "2026-01-01", "2026-12-31", "ACTIVE", null);
            enrolment(s, 2, 2, "2026-01-01", "2026-12-31", "ACTIVE", null);
            enrolment(s, 3, 3, "2026-01-01", "2026-03-15", "ENDED", "2026-03-15");
            enrolment(s, 4, 4, "2026-03-16", "2026-12-31", "ACTIVE", null);
            enrolment(s, 5, 5, "2026-01-01", "2026-12-31", "LAPSED", null);
            s.execute("insert into insurance.bill (id, unit_code, plan_version_id, list_id, issued_on, payment_due, rate, total, unit_part, status, issued_at) "
                    + "values (1, 'U1', 1, 1, date '2026-01-01', date '2026-01-31', 120, 360, 360, 'PAID', current_timestamp)");
            s.execute("insert into insurance.bill (id, unit_code, plan_version_id, list_id, issued_on, payment_due, rate, total, unit_part, status, issued_at) "
                    + "values (2, 'U1', 1, 2, date '2026-03-16', date '2026-04-15', 120, 95, 95, 'UNPAID', current_timestamp)");
            // the ledger
            entry(s, 1, "2026-01-01", "BILL_ISSUED", "1", null, "PREMIUM_RECEIVABLE:D:360", "UNEARNED_PREMIUM_RESERVE:C:360");
            entry(s, 2, "2026-01-10", "PAYMENT_RECEIVED", "p1", null, "BANK:D:360", "PREMIUM_RECEIVABLE:C:360");
            entry(s, 3, "2026-01-31", "PREMIUM_EARNED", "2026-01", null, "UNEARNED_PREMIUM_RESERVE:D:30", "EARNED_PREMIUM:C:30");
            entry(s, 4, "2026-02-28", "PREMIUM_EARNED", "2026-02", null, "UNEARNED_PREMIUM_RESERVE:D:30", "EARNED_PREMIUM:C:30");
            entry(s, 5, "2026-03-15", "MEMBER_LEFT", "e3", null, "UNEARNED_PREMIUM_RESERVE:D:100", "REFUNDS_PAYABLE:C:80", "EARNED_PREMIUM:C:20");
            entry(s, 6, "2026-03-16", "BILL_ISSUED", "2", null, "PREMIUM_RECEIVABLE:D:95", "UNEARNED_PREMIUM_RESERVE:C:95");
            entry(s, 7, "2026-03-20", "BILL_ISSUED", "1", null, "PREMIUM_RECEIVABLE:D:50", "UNEARNED_PREMIUM_RESERVE:C:50");
            entry(s, 8, "2026-03-21", "REVERSAL", "7", 7L, "UNEARNED_PREMIUM_RESERVE:D:50", "PREMIUM_RECEIVABLE:C:50");
            entry(s, 9, "2026-03-31", "PREMIUM_EARNED", "2026-03", null, "UNEARNED_PREMIUM_RESERVE:D:25", "EARNED_PREMIUM:C:25");
            entry(s, 10, "2026-04-10", "BILL_ISSUED", "2", null, "PREMIUM_RECEIVABLE:D:100", "UNEARNED_PREMIUM_RESERVE:C:100");
            // benefits the bank confirmed paid (the claims below), one entry per bank return; c9's is after E
            entry(s, 11, "2026-01-25", "BENEFITS_PAID", "1", null, "CLAIMS_EXPENSE:D:1000", "BANK:C:1000");
            entry(s, 12, "2026-02-10", "BENEFITS_PAID", "2", null, "CLAIMS_EXPENSE:D:2000", "BANK:C:2000");
            entry(s, 13, "2026-02-20", "BENEFITS_PAID", "3", null, "CLAIMS_EXPENSE:D:1500", "BANK:C:1500");
            entry(s, 14, "2026-03-05", "BENEFITS_PAID", "4", null, "CLAIMS_EXPENSE:D:600", "BANK:C:600");
            entry(s, 15, "2026-03-10", "BENEFITS_PAID", "5", null, "CLAIMS_EXPENSE:D:3000", "BANK:C:3000");
            entry(s, 16, "2026-03-28", "BENEFITS_PAID", "6", null, "CLAIMS_EXPENSE:D:3000", "BANK:C:3000");
            entry(s, 17, "2026-04-05", "BENEFITS_PAID", "7", null, "CLAIMS_EXPENSE:D:700", "BANK:C:700");
            // the monthly earning by plan version (plan scope)
            s.execute("insert into insurance.earning_summary values ('2026-01', 1, 1, 3, 93, 30, 30, 330)");
            s.execute("insert into insurance.earning_summary values ('2026-02', 1, 1, 3, 84, 30, 60, 300)");
            s.execute("insert into insurance.earning_summary values ('2026-03', 1, 1, 3, 78, 25, 105, 270)");

            claim(s, 1, 1, "INPATIENT", null, "2026-01-10", 5, "2026-01-20", "PAID", "1000", "1000", "2026-01-25 10:00:00");
            claim(s, 2, 2, "INPATIENT", null, "2026-01-20", 3, "2026-02-05", "PAID", "2000", "2000", "2026-02-10 10:00:00");
            claim(s, 3, 3, "OUTPATIENT_SERIOUS", null, "2026-02-03", 0, "2026-02-10", "PAID", "1500", "1500", "2026-02-20 10:00:00");
            claim(s, 4, 1, "INPATIENT", null, "2026-02-15", 4, "2026-03-02", "PAID", "3000", "3000", "2026-03-10 10:00:00");
            claim(s, 5, 2, "INPATIENT", null, "2026-01-05", 10, "2026-03-20", "APPROVED", "60000", "60000", null);
            claim(s, 6, 4, "SERIOUS_ILLNESS", "CANCER", "2026-03-20", 0, "2026-03-25", "PAID", "3000", "3000", "2026-03-28 23:59:59");
            claim(s, 7, 1, "INPATIENT", null, "2026-03-10", 2, "2026-03-30", "REJECTED", null, "0", null);
            claim(s, 8, 2, "INPATIENT", null, "2026-01-25", 2, "2026-04-02", "ASSESSED", "800", "0", null);
            claim(s, 9, 1, "INPATIENT", null, "2026-02-20", 1, "2026-03-15", "PAID", "700", "700", "2026-04-05 09:00:00");
            claim(s, 10, 2, "OUTPATIENT_SERIOUS", null, "2026-01-28", 0, "2026-03-01", "PAID", "600", "600", "2026-03-05 09:00:00");
            claim(s, 11, 4, "INPATIENT", null, "2026-03-25", 6, "2026-03-31", "ASSESSED", "1200", "0", null);
        }
    }

    @Test
    void theTotalOfMarchMatchesTheHandComputation() {
        MonthlySummary summary = new MonthlyFigures(db).compute(MARCH, Scope.total(), AS_OF, PARAMETERS);
        KeyFigures f = summary.figures();

        assertEquals(3, f.membersInForce());
        assertEquals(1, f.joiners());
        assertEquals(1, f.leavers());
        assertMoney("3.00", f.memberMonths());

        // written: bill 2 (95) + the wrong entry 50 − its reversal 50 = 95 (April's bill is not in March)
        assertMoney("95.00", f.writtenPremium());
        // earned: m3's at-once earning 20 + the monthly earning 25 = 45
        assertMoney("45.00", f.earnedPremium());
        // UPR at 03-31: 360 − 30 − 30 − 100 + 95 + 50 − 50 − 25 = 270
        assertMoney("270.00", f.unearnedPremium());

        // reported in March: c4, c5, c6, c7, c9, c10, c11 = 7; X: 3000 + 60000 + 3000 + 0 + 700 + 600 + 1200 = 68,500
        assertEquals(7, f.claimsReportedCount());
        assertMoney("68500.00", f.claimsReportedAmount());
        // paid in March: c10 600 (03-05) + c4 3000 (03-10) + c6 3000 (03-28) = 6,600
        assertMoney("6600.00", f.claimsPaid());
        // case reserves at E: c5 60,000 + c9 700 (paid only in April) + c11 1,200 = 61,900 (c8 received after E)
        assertMoney("61900.00", f.claimsOutstanding());

        // reported triangle (received by 03-31, valued at E, by report lag), cumulative, c5 (60,000) apart as large:
        // Jan c1 1000 (lag 0), c2 2000 (lag 1), c10 600 (lag 2) → [1000, 3000, 3600]; Feb c3 1500 (lag 0), c4 3000 and
        // c9 700 (lag 1) → [1500, 5200]; Mar c6 3000 and c11 1200 (lag 0) → [4200]
        // f0 = (3000 + 5200) / (1000 + 1500) = 3.28; f1 = 3600 / 3000 = 1.2; to ultimate: lag0 3.936, lag1 1.2, lag2 1
        // chain ladder (Jan, Feb): ultimates 3600 and 5200 × 1.2 = 6240, attritional IBNR 0 and 1040
        // Mar by Bornhuetter–Ferguson: a priori (Cape Cod) (3600 + 6240) / (3 + 3) = 1640 per member-month × 3.00 = 4920;
        // IBNR = (1 − 1 / 3.936) × 4920 = 3670.00
        // large claims not yet reported (Cape Cod on their counts): c5 is reported at lag 2; no large claim is seen at lags 0
        // and 1, so the attritional factors give the shares reported: lag2 1, lag1 1 / 1.2, lag0 1 / 3.936; used-up
        // exposure 3 × 1 + 3 / 1.2 + 3 / 3.936 = 6.2621951; rate 1 / 6.2621951 per member-month at 60,000 each:
        // Feb 3 × (1 − 1 / 1.2) × 60000 / 6.2621951 = 4790.6523; Mar 3 × (1 − 1 / 3.936) × 60000 / 6.2621951 = 21441.0906
        // IBNR: Jan 0; Feb 1040 + 4790.6523 = 5830.65; Mar 3670 + 21441.0906 = 25111.09; total 30941.74 (nothing floored)
        LagTriangle t = summary.triangle();
        assertEquals(3, t.rows().size());
        assertEquals(List.of(money("1000.00"), money("3000.00"), money("3600.00")), t.rows().get(0).amounts());
        assertEquals(List.of(1L, 2L, 3L), t.rows().get(0).counts());
        assertEquals(List.of(money("1500.00"), money("5200.00")), t.rows().get(1).amounts());
        assertEquals(List.of(1L, 3L), t.rows().get(1).counts());
        assertEquals(List.of(money("4200.00")), t.rows().get(2).amounts());
        assertEquals(List.of(new BigDecimal("3.280000"), new BigDecimal("1.200000")), t.developmentFactors());
        assertEquals(List.of(new BigDecimal("0.254065"), new BigDecimal("0.833333"), new BigDecimal("1.000000")), t.completionFactors());
        assertMoney("0.00", t.rows().get(0).ibnr());
        assertMoney("5830.65", t.rows().get(1).ibnr());
        assertMoney("25111.09", t.rows().get(2).ibnr());
        // per row: method, CDF from the latest lag, ultimate = latest + IBNR (large claims' own values apart)
        assertEquals(List.of("CHAIN_LADDER", "CHAIN_LADDER", "CAPE_COD"), t.rows().stream().map(LagTriangle.Row::method).toList());
        assertEquals(List.of(new BigDecimal("1.000000"), new BigDecimal("1.200000"), new BigDecimal("3.936000")),
                t.rows().stream().map(LagTriangle.Row::cdf).toList());
        assertEquals(List.of(money("3600.00"), money("11030.65"), money("29311.09")), t.rows().stream().map(LagTriangle.Row::ultimate).toList());
        assertMoney("30941.74", f.ibnr());
        assertMoney("50000.00", f.largeClaimThreshold());
        // load shown: large / attritional IBNR = 26231.74 / 4710
        assertEquals(new BigDecimal("5.569372"), f.largeClaimLoad());
        // Mack's standard error: three lags give two steps, the last with one link ratio only, whose σ² neither Mack's rule
        // (needs two earlier steps) nor the log-linear fit (needs two estimable steps) can extrapolate: no standard error
        assertNull(f.ibnrStandardError());
        assertNull(f.ibnrLower95());
        assertNull(f.ibnrUpper95());
        // incurred (service basis): Mar 3000 + 1200 + 25111.09 = 29311.09; Feb 4500 + 700 + 5830.65 = 11030.65;
        // Jan 3600 + 60000 + 0 = 63,600
        assertMoney("29311.09", f.incurredClaims());
        // loss ratios: month 29311.09 / 45 = 651.3576; year to date (63600 + 11030.65 + 29311.09) / (30 + 30 + 45) = 103941.74 / 105
        assertEquals(new BigDecimal("651.3576"), f.lossRatioMonth());
        assertEquals(new BigDecimal("989.9213"), f.lossRatioYearToDate());
        assertNull(f.lossRatioPlanYearToDate(), "all plans together have no one plan year");
        assertEquals(new BigDecimal("989.9213"), f.lossRatioRolling12());
        // March service: c6, c11 counted (c7 rejected) = 2 claims; 2 / (3 / 12) × 1000 = 8000; severity (3000 + 1200) / 2 = 2100
        assertEquals(new BigDecimal("8000.00"), f.frequencyPer1000());
        assertMoney("2100.00", f.averageSeverity());
        // admissions: c11 (INPATIENT, March) = 1, 6 days
        assertEquals(1, f.admissions());
        assertEquals(new BigDecimal("6.00"), f.averageLengthOfStay());
        // fund = bank (360 received − 11,100 benefits paid by E: 1000 + 2000 + 1500 + 600 + 3000 + 3000) + receivable 95
        //        − refunds payable 80 − UPR 270 − outstanding 61,900 − IBNR 30,941.74 = −103,836.74
        assertMoney("-103836.74", f.fundBalance());
        // credibility: n = 4 (Jan: c1, c2, c5, c10) + 3 (Feb: c3, c4, c9) + 2 (Mar) = 9 claims of sizes 1000, 2000, 60000, 600,
        // 1500, 3000, 700, 3000, 1200: mean 8111.11, mean square 403,060,000, CV² = (403060000 − 8111.11²) / 8111.11² = 5.126451,
        // CV = 2.2642; full credibility at 1082 × 6.126451 = 6628.8 claims; Z = √(9 / 6628.82) = 0.036847
        // member-years 9 / 12 = 0.75; pure premium 103941.74 / 0.75 = 138,588.99; current rate 105 / 0.75 = 140;
        // indication = 0.0368471 × 138588.99 + 0.9631529 × 140 = 5241.44
        assertEquals(new BigDecimal("0.0368"), f.credibilityFactor());
        assertEquals(new BigDecimal("2.2642"), f.claimSizeCv());
        assertEquals(new BigDecimal("6629"), f.credibilityFullStandard());
        assertMoney("5241.44", f.credibilityWeightedPremium());

        // series: April 2025 … March 2026, March last
        assertEquals(12, summary.series().size());
        assertEquals(YearMonth.of(2025, 4), summary.series().get(0).month());
        assertMoney("45.00", summary.series().get(11).earnedPremium());
        assertMoney("29311.09", summary.series().get(11).incurredClaims());
        assertMoney("63600.00", summary.series().get(9).incurredClaims());
        assertMoney("30.00", summary.series().get(9).earnedPremium());

        // bands at 03-31: m4 F 30-34 (16 days: 0.52 member-months; c6 + c11: 2 claims, 4200; 2 × 12000 / (16/31) = 46,500),
        // m1 F 35-39 (1.00, no counted claim in March), m2 M 45-49 (1.00)
        List<AgeSexBand> bands = summary.bands();
        assertEquals(3, bands.size());
        assertEquals(new AgeSexBand("30-34", AgeSexBand.Sex.FEMALE, 1, money("0.52"), 2, money("4200.00"), money("46500.00")), bands.get(0));
        assertEquals(new AgeSexBand("35-39", AgeSexBand.Sex.FEMALE, 1, money("1.00"), 0, money("0.00"), money("0.00")), bands.get(1));
        assertEquals(new AgeSexBand("45-49", AgeSexBand.Sex.MALE, 1, money("1.00"), 0, money("0.00"), money("0.00")), bands.get(2));

        // large claims above 50,000: c5 only (60,000 reserved, nothing paid)
        assertEquals(1, summary.largeClaims().size());
        assertEquals("5", summary.largeClaims().get(0).claimNumber());
        assertEquals(YearMonth.of(2026, 1), summary.largeClaims().get(0).monthOfService());
        assertMoney("60000.00", summary.largeClaims().get(0).incurred());
        assertMoney("0.00", summary.largeClaims().get(0).paid());

        // serious illness: c6 CANCER, 1 case, 3000; per 1,000 member-years of the 12 months: 1 × 12000 / 9 = 1333.33
        assertEquals(1, summary.seriousIllness().size());
        assertEquals("CANCER", summary.seriousIllness().get(0).code());
        assertEquals(1, summary.seriousIllness().get(0).cases());
        assertEquals(new BigDecimal("1333.33"), summary.seriousIllness().get(0).per1000());
        assertMoney("3000.00", summary.seriousIllness().get(0).benefits());
    }

    @Test
    void aPlanReadsItsPremiumFromTheEarningAndHasNoFundOfItsOwn() {
        MonthlySummary plan = new MonthlyFigures(db).compute(MARCH, Scope.plan("TP", "测试计划"), AS_OF, PARAMETERS);
        KeyFigures f = plan.figures();
        assertEquals(3, f.membersInForce());
        assertMoney("95.00", f.writtenPremium());   // the bill entries joined to bill 2 and bill 1 (50 − 50)
        assertMoney("25.00", f.earnedPremium());    // earning_summary of 2026-03
        assertMoney("270.00", f.unearnedPremium());
        assertMoney("61900.00", f.claimsOutstanding());
        assertMoney("30941.74", f.ibnr());
        assertNull(f.fundBalance());
        // 29311.09 / 25
        assertEquals(new BigDecimal("1172.4436"), f.lossRatioMonth());
        // the plan's year runs January–December (its version's period): (63600 + 11030.65 + 29311.09) / (30 + 30 + 25)
        assertEquals(new BigDecimal("1222.8440"), f.lossRatioPlanYearToDate());

        MonthlySummary other = new MonthlyFigures(db).compute(MARCH, Scope.plan("NONE", "none"), AS_OF, PARAMETERS);
        assertEquals(0, other.figures().membersInForce());
        assertEquals(0, other.figures().claimsReportedCount());
        // nothing to reserve: an IBNR of 0 known exactly
        assertMoney("0.00", other.figures().ibnr());
        assertMoney("0.00", other.figures().ibnrStandardError());
        assertTrue(other.largeClaims().isEmpty());
    }

    @Test
    void theReportRendersFromTheComputedFigures() {
        MonthlySummary summary = new MonthlyFigures(db).compute(MARCH, Scope.total(), AS_OF, PARAMETERS);
        byte[] pdf = new org.huzhu.reports.output.MonthlyReportRenderer().pdf(summary);
        assertTrue(pdf.length > 1000);
        String json = SummaryJson.write(summary);
        assertTrue(json.contains("\"membersInForce\":3"), json);
        assertTrue(json.contains("\"month\":\"2026-03\""), json);
    }

    @Test
    void generatingAgainStoresTheNextRevisionAndLeavesTheFirstAsItWas() {
        MonthlyReports reports = new MonthlyReports(db, new MonthlyFigures(db), new org.huzhu.platform.api.BusinessClock());
        int first = reports.generate(MARCH, "actuary", 1L, PARAMETERS);
        byte[] firstPdf = reports.file(MARCH, first, "TOTAL", MonthlyReports.Format.PDF_ZH).orElseThrow();
        String firstFigures = reports.figures(MARCH, first, "TOTAL").orElseThrow();
        int second = reports.generate(MARCH, "actuary", 2L, PARAMETERS);
        assertEquals(first + 1, second);
        List<org.huzhu.reports.api.ReportRevision> revisions = reports.revisions(MARCH);
        // TOTAL and plan TP, per revision
        assertEquals(4, revisions.stream().filter(r -> r.revision() == first || r.revision() == second).count());
        assertEquals("TOTAL", revisions.get(0).scope());
        assertTrue(revisions.stream().anyMatch(r -> "TP".equals(r.scope()) && "测试计划".equals(r.scopeName())));
        assertTrue(revisions.stream().allMatch(r -> r.pdfZhBytes() > 1000 && r.pdfEnBytes() > 1000 && r.xlsxBytes() > 1000
                && r.csvZipBytes() > 100));
        assertTrue(java.util.Arrays.equals(firstPdf, reports.file(MARCH, first, "TOTAL", MonthlyReports.Format.PDF_ZH).orElseThrow()));
        assertEquals(firstFigures, reports.figures(MARCH, first, "TOTAL").orElseThrow());
        assertTrue(firstFigures.contains("\"fundBalance\":-103836.74"), firstFigures);
        assertTrue(reports.figures(MARCH, second + 1, "TOTAL").isEmpty());
    }

    @Test
    void aRevisionStoresTheChosenFactorsWithTheirReasonAndComparesWithThePreviousMonthsLatestRevision() {
        MonthlyReports reports = new MonthlyReports(db, new MonthlyFigures(db), new org.huzhu.platform.api.BusinessClock());
        YearMonth february = MARCH.minusMonths(1);
        reports.generate(february, "actuary", 3L, PARAMETERS);
        int latestFebruary = reports.generate(february, "actuary", 4L, PARAMETERS.with(
                ReservingChoices.parse(null, null, null, "0:1.5", "1.01", "二月的理赔到得晚")));
        int march = reports.generate(MARCH, "li.jingsuan", 5L, PARAMETERS.with(
                ReservingChoices.parse("LAST_3", "SIMPLE", null, null, null, "只看最近三个月")));

        org.huzhu.reports.api.ReportRevision revision = reports.revisions(MARCH).stream()
                .filter(r -> r.revision() == march && "TOTAL".equals(r.scope())).findFirst().orElseThrow();
        assertEquals("triangleMonths=3;projectionMonths=1;largeClaimThreshold=50000;average=LAST_3;weighting=SIMPLE;excludeHighLow=false",
                revision.parameters());
        assertEquals("只看最近三个月", revision.reason());
        assertEquals("li.jingsuan", revision.generatedBy());
        org.huzhu.reports.api.ReportRevision februaryRevision = reports.revisions(february).stream()
                .filter(r -> r.revision() == latestFebruary && "TOTAL".equals(r.scope())).findFirst().orElseThrow();
        assertTrue(februaryRevision.parameters().endsWith(";overrides=0:1.5;tail=1.01"), februaryRevision.parameters());

        // March compares with February's latest revision, with the factor that revision selected (1.5 from lag 0)
        PreviousReport previous = reports.previousReport(february, "TOTAL").orElseThrow();
        assertEquals(latestFebruary, previous.revision());
        assertEquals(new BigDecimal("1.5"), previous.factorFrom(0));
        assertEquals(new BigDecimal("1.01"), previous.tail());
        String figures = reports.figures(MARCH, march, "TOTAL").orElseThrow();
        assertTrue(figures.contains("\"actualVersusExpected\":{\"previousMonth\":\"2026-02\",\"previousRevision\":" + latestFebruary), figures);
        assertTrue(figures.contains("\"average\":\"LAST_3\",\"weighting\":\"SIMPLE\""), figures);
        // January's development over March (Jan lag 1 → 2: the outpatient claim c10 of 600 came) against February's factor
        MonthlySummary summary = new MonthlyFigures(db).compute(MARCH, Scope.total(), AS_OF, PARAMETERS, previous);
        var january = summary.actualVersusExpected().rows().stream().filter(r -> r.monthOfService().equals(YearMonth.of(2026, 1)))
                .findFirst().orElseThrow();
        assertEquals(1, january.fromLag());
        assertEquals(january.reported().subtract(january.previousReported()), january.actual());
        assertTrue(reports.previousReport(YearMonth.of(2025, 12), "TOTAL").isEmpty());
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void theNewestMonthOfAPricedPlanTakesItsEarnedPremiumTimesThePricedLossRatioAsItsAPriori() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("update insurance.plan_version set expected_loss_ratio = 1.5 where id = 1");
        }
        try {
            ReservingData data = new MonthlyFigures(db).reservingData(MARCH, Scope.total(), PARAMETERS);
            // earning_summary: 30, 30 and 25 earned in January, February and March
            assertEquals(java.util.Map.of(YearMonth.of(2026, 1), money("45.00"), YearMonth.of(2026, 2), money("45.00"), MARCH, money("37.50")),
                    data.pricedClaims());
            LagTriangle t = new MonthlyFigures(db).compute(MARCH, Scope.total(), AS_OF, PARAMETERS).triangle();
            assertEquals(List.of("CHAIN_LADDER", "CHAIN_LADDER", "BORNHUETTER_FERGUSON"), t.rows().stream().map(LagTriangle.Row::method).toList());
            // the priced 37.50 is less than the large claims expected of March (3 member-months at 60,000 / 6.2621951 each),
            // so nothing is left for the attritional claims: March's IBNR is the large claims' 21441.09 alone
            assertMoney("21441.09", t.rows().get(2).ibnr());
        } finally {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("update insurance.plan_version set expected_loss_ratio = null where id = 1");
            }
        }
    }

    @Test
    void thePaidTriangleTakesEachPaymentAtItsLagFromServiceToSettlementAndNothingSettledAfterTheValuationDate() {
        // Jan: c1 1000 settled in Jan (lag 0), c2 2000 in Feb (lag 1), c10 600 in Mar (lag 2); Feb: c3 1500 in Feb, c4 3000
        // in Mar; Mar: c6 3000 on 28 March. c9 (settled 5 April) is after E; c5 (approved, 60,000) is not paid yet.
        LagTriangle paid = new MonthlyFigures(db).compute(MARCH, Scope.total(), AS_OF, PARAMETERS).paidTriangle();
        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), MARCH), paid.rows().stream().map(LagTriangle.Row::monthOfService).toList());
        assertEquals(List.of(money("1000.00"), money("3000.00"), money("3600.00")), paid.rows().get(0).amounts());
        assertEquals(List.of(1L, 2L, 3L), paid.rows().get(0).counts());
        assertEquals(List.of(money("1500.00"), money("4500.00")), paid.rows().get(1).amounts());
        assertEquals(List.of(money("3000.00")), paid.rows().get(2).amounts());
        assertEquals(List.of(1L), paid.rows().get(2).counts());
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(money(expected), actual);
    }

    private static void migrate(Statement s, String file) throws Exception {
        String sql = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        for (String part : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
            if (!part.isBlank()) {
                s.execute(part);
            }
        }
    }

    private static void member(Statement s, int id, String sex, String birth) throws SQLException {
        s.execute("insert into members.member (id, resident_id, name, sex, birth_date, employment_status, basic_insurance, unit_id) values ("
                + id + ", 'R" + id + "', 'm" + id + "', '" + sex + "', date '" + birth + "', 'IN_SERVICE', true, 1)");
    }

    private static void enrolment(Statement s, int id, int member, String start, String end, String status, String endedOn)
            throws SQLException {
        s.execute("insert into insurance.enrolment (id, list_id, plan_version_id, member_id, resident_id, unit_code, shares, status, "
                + "cover_start, cover_end, continuous_from, waiting_end, payment_due, ended_on) values (" + id + ", 1, 1, " + member + ", 'R"
                + member + "', 'U1', 1, '" + status + "', date '" + start + "', date '" + end + "', date '" + start + "', date '" + start
                + "', date '" + start + "', " + (endedOn == null ? "null" : "date '" + endedOn + "'") + ")");
    }

    private static void entry(Statement s, long id, String date, String kind, String reference, Long reverses, String... postings)
            throws SQLException {
        s.execute("insert into insurance.journal_entry (id, entry_date, kind, reference, unit_code, reverses, posted_by, posted_at) values ("
                + id + ", date '" + date + "', '" + kind + "', '" + reference + "', 'U1', " + reverses + ", 't', current_timestamp)");
        int line = 1;
        for (String posting : postings) {
            String[] p = posting.split(":");
            s.execute("insert into insurance.journal_posting values (" + id + ", " + line++ + ", '" + p[0] + "', '"
                    + (p[1].equals("D") ? "DEBIT" : "CREDIT") + "', " + p[2] + ")");
        }
    }

    private static void claim(Statement s, int id, int member, String type, String diseaseClass, String service, int days, String received,
                              String status, String payable, String approved, String settled) throws SQLException {
        s.execute("insert into claims.claim (id, member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, enrolment_version_id, "
                + "plan_version_id, claim_type, service_date, end_date, days_in_hospital, disease_class, received_on, year_start, year_end, source, "
                + "status, payable, approved_amount, paid_amount, created_by, created_at, updated_at) values (" + id + ", " + member + ", 'R" + member
                + "', 'm', 'U1', 'TP', " + member + ", 1, 1, '" + type + "', date '" + service + "', date '" + service + "', " + days + ", "
                + (diseaseClass == null ? "null" : "'" + diseaseClass + "'") + ", date '" + received + "', date '2026-01-01', date '2026-12-31', "
                + "'FORM', '" + status + "', " + payable + ", " + approved + ", " + (settled == null ? "0" : approved)
                + ", 't', current_timestamp, current_timestamp)");
        if (settled != null) {
            s.execute("insert into claims.payment_batch (id, status, line_count, total, created_by, created_at) values (" + id
                    + ", 'CLOSED', 1, " + approved + ", 't', current_timestamp)");
            s.execute("insert into claims.payment_line (batch_id, claim_id, payee_name, account, union_account, amount, status, settled_at) "
                    + "values (" + id + ", " + id + ", 'm', 'a', false, " + approved + ", 'PAID', timestamp '" + settled + "')");
        }
    }
}
