package org.huzhu.insurance.rules;

import static org.huzhu.insurance.testing.RulesFixture.band;
import static org.huzhu.insurance.testing.RulesFixture.inpatient2016;
import static org.huzhu.insurance.testing.RulesFixture.withBands;
import static org.huzhu.insurance.testing.RulesFixture.withBenefits;
import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.Cap;
import org.huzhu.insurance.api.rules.CapBasis;
import org.huzhu.insurance.api.rules.CapGroup;
import org.huzhu.insurance.api.rules.CoverRule;
import org.huzhu.insurance.api.rules.CoverStartRule;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.DailyAllowanceBenefit;
import org.huzhu.insurance.api.rules.DeathBenefit;
import org.huzhu.insurance.api.rules.DiseaseClass;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.insurance.api.rules.EligibilityRule;
import org.huzhu.insurance.api.rules.GroupRequirement;
import org.huzhu.insurance.api.rules.IcdRange;
import org.huzhu.insurance.api.rules.LumpSumBenefit;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PayerShare;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PremiumTier;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;
import org.huzhu.insurance.api.rules.ReimbursementCategory;
import org.huzhu.insurance.testing.RulesFixture;
import org.huzhu.members.api.Sex;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanRulesValidatorTest {

    private static List<String> codes(PlanRules rules) {
        return PlanRulesValidator.problems(rules).stream().map(Reason::code).toList();
    }

    @Test
    void consistentRulesHaveNoProblem() {
        assertEquals(List.of(), PlanRulesValidator.problems(inpatient2016()));
        PlanRulesValidator.requireValid(inpatient2016());
    }

    @Test
    void aPricedLossRatioMustBeAbove0AndAtMost3() {
        for (String plausible : List.of("0.90", "1.2", "3")) {
            assertEquals(List.of(), codes(priced(plausible)), plausible);
        }
        for (String implausible : List.of("0", "-0.5", "3.01", "0.12345")) {
            assertEquals(List.of("rules.premium.expectedLossRatio"), codes(priced(implausible)), implausible);
        }
    }

    private static PlanRules priced(String ratio) {
        return org.huzhu.insurance.testing.RulesFixture.withPremium(inpatient2016(),
                inpatient2016().premium().withExpectedLossRatio(java.util.Optional.of(new BigDecimal(ratio))));
    }

    // ---- co-insurance bands ----

    @Test
    void bandsMustStartAtTheDeductible() {
        List<Reason> problems = PlanRulesValidator.problems(withBands(inpatient2016(), "1000.00",
                band("500.00", "10000.00", "0.50"), band("10000.00", null, "0.70")));
        assertEquals(List.of(Reason.of("rules.bands.startNotAtDeductible", "INPATIENT", yuan("500.00"), yuan("1000.00"))), problems);
    }

    @Test
    void overlappingBandsAreRefused() {
        List<Reason> problems = PlanRulesValidator.problems(withBands(inpatient2016(), "1000.00",
                band("1000.00", "10000.00", "0.50"), band("8000.00", null, "0.70")));
        assertEquals(List.of(Reason.of("rules.bands.overlap", "INPATIENT", 2, yuan("8000.00"), yuan("10000.00"))), problems);
    }

    @Test
    void aGapBetweenBandsIsRefused() {
        List<Reason> problems = PlanRulesValidator.problems(withBands(inpatient2016(), "1000.00",
                band("1000.00", "10000.00", "0.50"), band("12000.00", null, "0.70")));
        assertEquals(List.of(Reason.of("rules.bands.gap", "INPATIENT", 2, yuan("10000.00"), yuan("12000.00"))), problems);
    }

    @Test
    void onlyTheLastBandMayBeOpenEnded() {
        assertEquals(List.of("rules.bands.openNotLast"), codes(withBands(inpatient2016(), "1000.00",
                band("1000.00", null, "0.50"), band("10000.00", null, "0.70"))));
    }

    @Test
    void aBandMustEndAboveItsStart() {
        assertEquals(List.of("rules.bands.empty", "rules.bands.gap"), codes(withBands(inpatient2016(), "0.00",
                band("0.00", "0.00", "0.50"), band("100.00", null, "0.70"))));
    }

    @Test
    void aLastBandWithAnUpperLimitIsAllowedAndPaysNothingAboveIt() {
        assertEquals(List.of(), codes(withBands(inpatient2016(), "0.00", band("0.00", "50000.00", "0.60"))));
    }

    @ParameterizedTest(name = "rate {0} allowed: {1}")
    @CsvSource({"0, true", "0.5, true", "1, true", "1.00, true", "-0.01, false", "1.01, false", "70, false"})
    void bandRatesLieBetweenZeroAndOne(String rate, boolean allowed) {
        List<String> codes = codes(withBands(inpatient2016(), "0.00", band("0.00", null, rate)));
        assertEquals(allowed ? List.of() : List.of("rules.bands.rate"), codes);
    }

    @Test
    void aReimbursementWithoutBandsIsRefused() {
        assertEquals(List.of("rules.bands.none"), codes(withBands(inpatient2016(), "0.00")));
    }

    // ---- caps ----

    @ParameterizedTest
    @CsvSource({"0.00", "-1.00"})
    void capsMustBePositive(String amount) {
        ReimbursementBenefit benefit = new ReimbursementBenefit("INPATIENT", Set.of(ReimbursementCategory.INPATIENT),
                yuan("0.00"), List.of(band("0.00", null, "0.60")),
                Optional.of(new Cap(yuan(amount), CapBasis.MEMBER_PER_YEAR)), Optional.empty());
        assertEquals(List.of("rules.cap.amount"), codes(withBenefits(inpatient2016(), List.of(benefit))));
    }

    @Test
    void aReimbursementMustBeCappedByItselfOrByAGroup() {
        ReimbursementBenefit uncapped = new ReimbursementBenefit("INPATIENT", Set.of(ReimbursementCategory.INPATIENT),
                yuan("0.00"), List.of(band("0.00", null, "0.60")), Optional.empty(), Optional.empty());
        assertEquals(List.of("rules.cap.missing"), codes(withBenefits(inpatient2016(), List.of(uncapped))));
    }

    @Test
    void capGroupsMustBeDefinedOnceAndUsed() {
        ReimbursementBenefit grouped = new ReimbursementBenefit("INPATIENT", Set.of(ReimbursementCategory.INPATIENT),
                yuan("0.00"), List.of(band("0.00", null, "0.60")), Optional.empty(), Optional.of("ANNUAL"));
        Cap cap = new Cap(yuan("40000.00"), CapBasis.MEMBER_PER_YEAR);
        assertEquals(List.of("rules.cap.unknownGroup"), codes(withBenefits(inpatient2016(), List.of(grouped))));
        assertEquals(List.of(), codes(withBenefits(inpatient2016(), List.of(grouped), new CapGroup("ANNUAL", cap))));
        assertEquals(List.of("rules.cap.groupTwice"), codes(withBenefits(inpatient2016(), List.of(grouped),
                new CapGroup("ANNUAL", cap), new CapGroup("ANNUAL", cap))));
        assertEquals(List.of("rules.cap.groupUnused"), codes(withBenefits(inpatient2016(), List.of(grouped),
                new CapGroup("ANNUAL", cap), new CapGroup("SPARE", cap))));
    }

    @Test
    void codesLongerThanClaimsStorageHoldsAreRefusedAndTheSeededLongestCodeIsTaken() {
        String longest = "X".repeat(PlanRules.MAX_CODE_LENGTH);
        String tooLong = longest + "Y";
        Cap cap = new Cap(yuan("40000.00"), CapBasis.MEMBER_PER_YEAR);
        ReimbursementBenefit fits = new ReimbursementBenefit(longest, Set.of(ReimbursementCategory.INPATIENT),
                yuan("0.00"), List.of(band("0.00", null, "0.60")), Optional.empty(), Optional.of(longest));
        assertEquals(List.of(), codes(withBenefits(inpatient2016(), List.of(fits), new CapGroup(longest, cap))));
        ReimbursementBenefit seeded = new ReimbursementBenefit("OUTPATIENT_SERIOUS_AND_HOME_SICKBED",
                Set.of(ReimbursementCategory.OUTPATIENT_SERIOUS), yuan("0.00"), List.of(band("0.00", null, "0.50")),
                Optional.of(cap), Optional.empty());
        assertEquals(List.of(), codes(withBenefits(inpatient2016(), List.of(seeded))));
        ReimbursementBenefit refused = new ReimbursementBenefit(tooLong, Set.of(ReimbursementCategory.INPATIENT),
                yuan("0.00"), List.of(band("0.00", null, "0.60")), Optional.empty(), Optional.of(tooLong));
        List<Reason> problems = PlanRulesValidator.problems(withBenefits(inpatient2016(), List.of(refused), new CapGroup(tooLong, cap)));
        assertEquals(List.of("rules.code.tooLong", "rules.code.tooLong"), problems.stream().map(Reason::code).toList());
        assertEquals(List.of(tooLong, PlanRules.MAX_CODE_LENGTH + 1, PlanRules.MAX_CODE_LENGTH), problems.get(0).arguments());
    }

    @Test
    void aCategoryOfCareBelongsToOneReimbursementOnly() {
        assertEquals(List.of("rules.benefit.codeTwice", "rules.reimbursement.categoryTwice"),
                codes(withBenefits(inpatient2016(), List.of(inpatient2016().benefits().get(0), inpatient2016().benefits().get(0)))));
    }

    @Test
    void aNegativeDeductibleIsRefused() {
        assertTrue(codes(withBands(inpatient2016(), "-1.00", band("-1.00", null, "0.50")))
                .contains("rules.reimbursement.deductible"));
    }

    // ---- premium ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MEMBER 1|",
            "UNIT 0.40, MEMBER 0.60|",
            "UNIT 0.4, UNION 0.1, MEMBER 0.3, HARDSHIP_FUND 0.2|",
            "UNIT 0.40, MEMBER 0.50|rules.premium.payersSum",
            "UNIT 0.70, MEMBER 0.40|rules.premium.payersSum",
            "UNIT 0.5, UNIT 0.5|rules.premium.payerTwice",
            "UNIT 1.5, MEMBER -0.5|rules.premium.payerFraction rules.premium.payerFraction",
            "UNIT 1, MEMBER 0|rules.premium.payerFraction",
    })
    void payerFractionsMustEachLieInZeroToOneAndSumToExactlyOne(String payers, String expected) {
        PayerShare[] shares = java.util.Arrays.stream(payers.split(",\\s*")).map(p -> p.split(" "))
                .map(p -> new PayerShare(Payer.valueOf(p[0]), new BigDecimal(p[1]))).toArray(PayerShare[]::new);
        List<String> expectedCodes = expected == null ? List.of() : List.of(expected.split(" "));
        assertEquals(expectedCodes, codes(RulesFixture.withPayers(inpatient2016(), shares)));
    }

    @Test
    void premiumTiersMustRiseByAgeAndEndWithAnOpenTier() {
        PlanRules rules = inpatient2016();
        assertEquals(List.of(), codes(RulesFixture.withTiers(rules,
                PremiumTier.below(new BigDecimal("45"), yuan("60.00")), PremiumTier.open(yuan("70.00")))));
        assertEquals(List.of("rules.premium.tiersNotOrdered"), codes(RulesFixture.withTiers(rules,
                PremiumTier.below(new BigDecimal("45"), yuan("60.00")), PremiumTier.below(new BigDecimal("40"), yuan("65.00")),
                PremiumTier.open(yuan("70.00")))));
        assertEquals(List.of("rules.premium.openTierNotLast"), codes(RulesFixture.withTiers(rules,
                PremiumTier.open(yuan("70.00")), PremiumTier.below(new BigDecimal("45"), yuan("60.00")),
                PremiumTier.open(yuan("70.00")))));
        assertEquals(List.of("rules.premium.lastTierBounded"), codes(RulesFixture.withTiers(rules,
                PremiumTier.below(new BigDecimal("45"), yuan("60.00")))));
        assertEquals(List.of("rules.premium.noTiers"), codes(RulesFixture.withTiers(rules)));
        assertEquals(List.of("rules.premium.tierAmount"), codes(RulesFixture.withTiers(rules, PremiumTier.open(yuan("0.00")))));
    }

    // ---- period, cover, eligibility, group ----

    @ParameterizedTest(name = "{0} to {1} over {2} year(s): {3}")
    @CsvSource(delimiter = '|', value = {
            "2016-07-01|2017-06-30|1|",
            "2000-07-01|2003-06-30|3|",
            "2016-07-01|2016-06-30|1|rules.period.endBeforeStart",
            "2016-07-01|2016-07-01|1|rules.period.endBeforeStart",
            "2016-07-01|2017-06-30|0|rules.period.cycleYears",
            "2016-07-01|2017-07-31|1|rules.period.cycleMismatch",
            "2016-07-01|2017-06-30|3|rules.period.cycleMismatch",
    })
    void periodMustEndAfterItStartsAndLastItsCycle(LocalDate start, LocalDate end, int years, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected),
                codes(RulesFixture.withPeriod(inpatient2016(), new CoveragePeriod(start, end, years))));
    }

    @Test
    void negativeWaitingPeriodAndPaymentDaysAreRefused() {
        assertEquals(List.of("rules.cover.paymentDueDays", "rules.cover.waitingPeriod"), codes(RulesFixture.withCover(
                inpatient2016(), new CoverRule(CoverStartRule.DAY_AFTER_CONFIRMATION, -1, -3))));
    }

    @Test
    void shareLimitClaimLimitAgeLimitAndGroupFractionMustBeSensible() {
        assertEquals(List.of("rules.shares.max"), codes(RulesFixture.withMaxShares(inpatient2016(), 0)));
        assertEquals(List.of("rules.claimTimeLimit"), codes(RulesFixture.withClaimTimeLimit(inpatient2016(), 0)));
        assertEquals(List.of("rules.eligibility.noStatus", "rules.eligibility.maxAge"), codes(RulesFixture.withEligibility(
                inpatient2016(), new EligibilityRule(Set.of(), Map.of(Sex.FEMALE, 0), false, false))));
        assertEquals(List.of("rules.group.fraction", "rules.group.allRequiredUpTo"), codes(RulesFixture.withGroup(
                inpatient2016(), new GroupRequirement(new BigDecimal("1.1"), -1))));
    }

    // ---- benefits ----

    @Test
    void aVersionWithoutBenefitsIsRefused() {
        assertEquals(List.of("rules.benefits.none"), codes(withBenefits(inpatient2016(), List.of())));
    }

    @Test
    void lumpSumClassesNeedIcdCodesAMainClassAndOneWayOfPaying() {
        DiseaseClass earlyBoth = new DiseaseClass("CIS", DiseaseStage.EARLY, Optional.of(yuan("3000.00")),
                Optional.of(new BigDecimal("0.3")), List.of(IcdRange.parse("D09-D00")));
        DiseaseClass noCodes = new DiseaseClass("CIS", DiseaseStage.EARLY, Optional.empty(),
                Optional.of(new BigDecimal("1.3")), List.of());
        LumpSumBenefit benefit = new LumpSumBenefit("SERIOUS", yuan("0.00"), true, List.of(earlyBoth, noCodes));
        assertEquals(List.of("rules.benefit.amount", "rules.lumpSum.noMainClass", "rules.lumpSum.amountAndRate",
                        "rules.lumpSum.icdRange", "rules.lumpSum.classTwice", "rules.lumpSum.classRate", "rules.lumpSum.noIcd"),
                codes(withBenefits(inpatient2016(), List.of(benefit))));
        assertEquals(List.of("rules.lumpSum.noClasses"),
                codes(withBenefits(inpatient2016(), List.of(new LumpSumBenefit("SERIOUS", yuan("10000.00"), true, List.of())))));
    }

    @Test
    void allowanceAndDeathAmountsMustBePositive() {
        assertEquals(List.of("rules.benefit.amount", "rules.benefit.maxDays", "rules.benefit.amount"),
                codes(withBenefits(inpatient2016(), List.of(new DailyAllowanceBenefit("DAILY", yuan("0.00"), 0),
                        new DeathBenefit("DEATH", yuan("-5.00"))))));
    }

    // ---- reporting ----

    @Test
    void everyProblemIsReportedAtOnceAndSummarisedInOneException() {
        PlanRules rules = RulesFixture.withPayers(withBands(inpatient2016(), "1000.00",
                        band("1000.00", "10000.00", "1.50"), band("9000.00", null, "0.70")),
                new PayerShare(Payer.UNIT, new BigDecimal("0.4")), new PayerShare(Payer.MEMBER, new BigDecimal("0.5")));

        PlanRulesRejected rejected = assertThrows(PlanRulesRejected.class, () -> PlanRulesValidator.requireValid(rules));

        assertEquals(List.of("rules.premium.payersSum", "rules.bands.rate", "rules.bands.overlap"),
                rejected.problems().stream().map(Reason::code).toList());
        assertEquals("rules.invalid", rejected.code());
        assertEquals(DomainException.Kind.INVALID, rejected.kind());
        assertEquals("Plan rules are not valid", rejected.title(SupportedLocales.ENGLISH));
        String english = rejected.detail(SupportedLocales.ENGLISH);
        assertTrue(english.startsWith("The rules have 3 problem(s):"), english);
        assertTrue(english.contains("The payer fractions add up to 0.9; they must add up to exactly 1."), english);
        assertTrue(english.contains("overlaps the band before it, which ends at 10,000 yuan"), english);
        assertTrue(rejected.detail(SupportedLocales.CHINESE).contains("各缴费方的比例合计为 0.9"),
                rejected.detail(SupportedLocales.CHINESE));
    }
}
