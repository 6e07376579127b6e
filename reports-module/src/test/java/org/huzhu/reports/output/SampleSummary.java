package org.huzhu.reports.output;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.huzhu.reports.api.summary.ActualVersusExpected;
import org.huzhu.reports.api.summary.AgeSexBand;
import org.huzhu.reports.api.summary.DiseaseIncidence;
import org.huzhu.reports.api.summary.FactorSelection;
import org.huzhu.reports.api.summary.KeyFigures;
import org.huzhu.reports.api.summary.LagTriangle;
import org.huzhu.reports.api.summary.LargeClaim;
import org.huzhu.reports.api.summary.MonthlyPoint;
import org.huzhu.reports.api.summary.MonthlySummary;
import org.huzhu.reports.api.summary.Scope;

/** A small hand-made summary: the figures are made up, consistent enough to read, and easy to find again. */
final class SampleSummary {

    static final BigDecimal EARNED_PREMIUM = new BigDecimal("1234567.89");
    static final BigDecimal INCURRED_CLAIMS = new BigDecimal("987654.32");
    static final BigDecimal FUND_BALANCE = new BigDecimal("45678901.23");
    static final long MEMBERS_IN_FORCE = 182345;
    static final String REASON = "2024 年 10 月理赔系统迁移，此前的对角线报告偏慢 (claims system migrated in October 2024)";

    private SampleSummary() {
    }

    static MonthlySummary total() {
        return of(Scope.total());
    }

    static MonthlySummary of(Scope scope) {
        KeyFigures figures = new KeyFigures(MEMBERS_IN_FORCE, 1203, 987, new BigDecimal("182129.5"),
                new BigDecimal("1300000.00"), EARNED_PREMIUM, new BigDecimal("6543210.98"),
                412, new BigDecimal("1102345.67"), new BigDecimal("856432.10"), new BigDecimal("210987.65"),
                new BigDecimal("154321.09"), new BigDecimal("23456.78"), new BigDecimal("112750.40"), new BigDecimal("205311.96"),
                new BigDecimal("50000.00"), new BigDecimal("0.0531"), INCURRED_CLAIMS,
                new BigDecimal("0.8000"), new BigDecimal("0.7712"), new BigDecimal("0.7650"), new BigDecimal("0.7534"),
                new BigDecimal("27.1"), new BigDecimal("2397.22"), 318, new BigDecimal("9.4"),
                FUND_BALANCE, new BigDecimal("0.6087"), new BigDecimal("1.3121"), new BigDecimal("2945"), new BigDecimal("96.00"));

        List<MonthlyPoint> series = new ArrayList<>();
        YearMonth first = YearMonth.of(2024, 7);
        for (int i = 0; i < 12; i++) {
            BigDecimal earned = new BigDecimal(1_150_000 + 7_500 * i).setScale(2);
            BigDecimal incurred = new BigDecimal(820_000 + 13_000 * i + (i % 3) * 41_000).setScale(2);
            if (i == 11) {
                earned = EARNED_PREMIUM;
                incurred = INCURRED_CLAIMS;
            }
            series.add(new MonthlyPoint(first.plusMonths(i), earned, incurred,
                    incurred.divide(earned, 4, java.math.RoundingMode.HALF_UP)));
        }

        List<LagTriangle.Row> rows = new ArrayList<>();
        YearMonth service = YearMonth.of(2025, 1);
        long[][] counts = {
                {120, 310, 365, 381, 386, 388},
                {118, 305, 359, 377, 383},
                {131, 322, 380, 396},
                {125, 318, 371},
                {129, 316},
                {127}};
        String[][] amounts = {
                {"210345.10", "601234.55", "745210.00", "781000.25", "790321.40", "792000.00"},
                {"205000.00", "598765.43", "739876.54", "775432.10", "785000.00"},
                {"221234.56", "620000.00", "760123.45", "790000.00"},
                {"215000.00", "611111.11", "752000.00"},
                {"219876.54", "615432.10"},
                {"217654.32"}};
        String[] ibnr = {"0.00", "6123.40", "12345.60", "40321.09", "175000.00", "560000.00"};
        for (int i = 0; i < counts.length; i++) {
            List<BigDecimal> a = Arrays.stream(amounts[i]).map(BigDecimal::new).toList();
            List<Long> c = Arrays.stream(counts[i]).boxed().toList();
            BigDecimal latest = a.get(a.size() - 1);
            BigDecimal cdf = latest.add(new BigDecimal(ibnr[i])).divide(latest, 6, java.math.RoundingMode.HALF_UP);
            rows.add(new LagTriangle.Row(service.plusMonths(i), a, c, new BigDecimal(ibnr[i]), i < 3 ? "CHAIN_LADDER" : "BORNHUETTER_FERGUSON",
                    cdf, latest.add(new BigDecimal(ibnr[i])), new BigDecimal(ibnr[i]).multiply(new BigDecimal("0.2")).setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        // lag 1's factor overridden (computed 1.234512) and a tail of 1.005, for a reason
        FactorSelection selection = new FactorSelection("LAST_12", "SIMPLE", true, new BigDecimal("1.005"), REASON, List.of(
                new FactorSelection.Factor(0, new BigDecimal("2.8312"), new BigDecimal("2.8312"), false),
                new FactorSelection.Factor(1, new BigDecimal("1.2345123456789"), new BigDecimal("1.25"), true),
                new FactorSelection.Factor(2, new BigDecimal("1.0456"), new BigDecimal("1.0456"), false),
                new FactorSelection.Factor(3, new BigDecimal("1.0119"), new BigDecimal("1.0119"), false),
                new FactorSelection.Factor(4, new BigDecimal("1.0021"), new BigDecimal("1.0021"), false)));
        LagTriangle triangle = new LagTriangle(rows,
                List.of(new BigDecimal("2.8312"), new BigDecimal("1.2500"), new BigDecimal("1.0456"),
                        new BigDecimal("1.0119"), new BigDecimal("1.0021")),
                List.of(new BigDecimal("0.2746"), new BigDecimal("0.7776"), new BigDecimal("0.9599"),
                        new BigDecimal("0.9861"), new BigDecimal("0.9979"), new BigDecimal("1.0000")), selection);

        List<AgeSexBand> bands = List.of(
                new AgeSexBand("18-29", AgeSexBand.Sex.FEMALE, 21034, new BigDecimal("21010.0"), 31, new BigDecimal("61234.50"), new BigDecimal("17.7")),
                new AgeSexBand("18-29", AgeSexBand.Sex.MALE, 23456, new BigDecimal("23401.5"), 28, new BigDecimal("55432.10"), new BigDecimal("14.4")),
                new AgeSexBand("30-44", AgeSexBand.Sex.FEMALE, 30123, new BigDecimal("30088.0"), 62, new BigDecimal("140321.00"), new BigDecimal("24.7")),
                new AgeSexBand("30-44", AgeSexBand.Sex.MALE, 32345, new BigDecimal("32290.0"), 58, new BigDecimal("150987.65"), new BigDecimal("21.6")),
                new AgeSexBand("45-59", AgeSexBand.Sex.FEMALE, 34567, new BigDecimal("34510.0"), 101, new BigDecimal("260000.00"), new BigDecimal("35.1")),
                new AgeSexBand("45-59", AgeSexBand.Sex.MALE, 40820, new BigDecimal("40830.0"), 132, new BigDecimal("319679.07"), new BigDecimal("38.8")));

        List<LargeClaim> largeClaims = List.of(
                new LargeClaim("C-2025-000873", YearMonth.of(2025, 5), "急性心肌梗塞 I21", new BigDecimal("85000.00"), new BigDecimal("60000.00")),
                new LargeClaim("C-2025-000902", YearMonth.of(2025, 6), "恶性肿瘤 C34, lung", new BigDecimal("72000.00"), new BigDecimal("72000.00")));

        List<DiseaseIncidence> seriousIllness = List.of(
                new DiseaseIncidence("MALIGNANT_TUMOUR", "恶性肿瘤", 23, new BigDecimal("1.5132"), new BigDecimal("230000.00")),
                new DiseaseIncidence("MYOCARDIAL_INFARCTION", "急性心肌梗塞", 6, new BigDecimal("0.3947"), new BigDecimal("60000.00")),
                new DiseaseIncidence("STROKE", "脑中风后遗症", 4, new BigDecimal("0.2632"), new BigDecimal("40000.00")));

        // April from lag 1: 600,000 × 0.25 = 150,000 expected, 152,000 came; May from lag 0: 210,000 × 1.8312 = 384,552 expected
        ActualVersusExpected comparison = new ActualVersusExpected(YearMonth.of(2025, 5), 2, List.of(
                new ActualVersusExpected.Row(YearMonth.of(2025, 4), 1, new BigDecimal("600000.00"), new BigDecimal("1.25"),
                        new BigDecimal("150000.00"), new BigDecimal("752000.00"), new BigDecimal("152000.00"), new BigDecimal("2000.00"),
                        new BigDecimal("1.0133")),
                new ActualVersusExpected.Row(YearMonth.of(2025, 5), 0, new BigDecimal("210000.00"), new BigDecimal("2.8312"),
                        new BigDecimal("384552.00"), new BigDecimal("615432.10"), new BigDecimal("405432.10"), new BigDecimal("20880.10"),
                        new BigDecimal("1.0543"))),
                new BigDecimal("534552.00"), new BigDecimal("557432.10"), new BigDecimal("22880.10"), new BigDecimal("1.0428"));

        // paid: 90 % of each reported cell, one claim fewer from lag 1 on (still being paid)
        List<LagTriangle.Row> paidRows = new ArrayList<>();
        for (LagTriangle.Row row : rows) {
            paidRows.add(new LagTriangle.Row(row.monthOfService(),
                    row.amounts().stream().map(a -> a.multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_UP)).toList(),
                    row.counts().stream().map(c -> Math.max(0, c - 1)).toList(), null));
        }
        LagTriangle paid = new LagTriangle(paidRows, List.of(), List.of());

        return new MonthlySummary(scope, YearMonth.of(2025, 6), OffsetDateTime.of(2025, 7, 3, 2, 0, 0, 0, ZoneOffset.ofHours(8)),
                figures, series, triangle, bands, largeClaims, seriousIllness, comparison, paid);
    }

    /** The same summary with the default selection of factors and no previous month's report to compare with. */
    static MonthlySummary withDefaultsAndNoPreviousReport() {
        MonthlySummary sample = total();
        LagTriangle triangle = new LagTriangle(sample.triangle().rows(), sample.triangle().developmentFactors(),
                sample.triangle().completionFactors());
        return new MonthlySummary(sample.scope(), sample.month(), sample.asOf(), sample.figures(), sample.series(), triangle, sample.bands(),
                sample.largeClaims(), sample.seriousIllness());
    }
}
