package org.huzhu.claims.assessment;

import static org.huzhu.claims.assessment.SeedPlans.assertPays;
import static org.huzhu.claims.assessment.SeedPlans.date;
import static org.huzhu.claims.assessment.SeedPlans.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.PlanYear;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.rules.PlanRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeded working inpatient plan, version 2016 (1 July 2016 – 30 June 2017): the first 1,000 yuan of
 * in-scope self-pay in the plan year is not paid, 50% of 1,000–10,000, 70% above, at most 15,000 yuan per
 * share per year; no waiting period; claims within 24 months of discharge.
 */
class WorkingInpatientAssessmentTest {

    private static final String INPATIENT = "INPATIENT";
    private final BenefitCalculator calculator = new BenefitCalculator();
    private final PlanRules rules = SeedPlans.workingInpatient2016();
    private final EnrolmentFacts member = EnrolmentFacts.paid(1, date("2016-07-01"), date("2017-06-30"));

    private static ClaimFacts stay(String admission, String discharge, String inScope, String outOfScope) {
        BigDecimal in = new BigDecimal(inScope);
        BigDecimal out = new BigDecimal(outOfScope);
        BigDecimal basic = in.multiply(new BigDecimal("3"));
        SettlementSheet sheet = new SettlementSheet(basic.add(in).add(out), basic, in, out);
        return ClaimFacts.inpatient(date(admission), date(discharge), 7, sheet, date(discharge).plusDays(20));
    }

    private static MemberHistory earlier(String inScopeSelfPay, String paid) {
        return MemberHistory.NONE.withInScopeSelfPay(INPATIENT, inScopeSelfPay).withPaid(INPATIENT, paid);
    }

    @ParameterizedTest(name = "year so far {0} self-pay / {1} paid, stay {2}, {3} share(s): pays {4}")
    @CsvSource({
            // accumulated before, paid before, this stay's in-scope self-pay, shares, payable
            "0,        0,        800.00,   1, 0.00",
            "0,        0,        1000.00,  1, 0.00",
            "0,        0,        3000.00,  1, 1000.00",
            "0,        0,        10000.00, 1, 4500.00",
            "0,        0,        12000.00, 1, 5900.00",
            "0,        0,        25000.00, 1, 15000.00",
            "0,        0,        30000.00, 1, 15000.00",
            "600.00,   0,        1000.00,  1, 300.00",
            "5000.00,  2000.00,  10000.00, 1, 6000.00",
            "12000.00, 5900.00,  20000.00, 1, 9100.00",
            "25000.00, 15000.00, 5000.00,  1, 0.00",
            "0,        0,        1000.00,  2, 0.00",
            "0,        0,        3000.00,  2, 1000.00",
            "0,        0,        30000.00, 2, 18500.00",
            "25000.00, 15000.00, 5000.00,  2, 3500.00",
    })
    void bandsDeductibleAndCapApplyToTheYearsAccumulatedSelfPay(String before, String paid, String inScope, int shares,
                                                                 String payable) {
        EnrolmentFacts enrolment = EnrolmentFacts.paid(shares, date("2016-07-01"), date("2017-06-30"));
        Assessment assessment = calculator.assess(SeedPlans.withMaxShares(rules, 2), enrolment,
                stay("2016-09-01", "2016-09-08", inScope, "0"), earlier(before, paid));
        assertPays(payable, assessment);
    }

    @Test
    void firstThousandOfTheYearIsNotPaid() {
        Assessment assessment = calculator.assess(rules, member, stay("2016-09-01", "2016-09-08", "900.00", "0"),
                MemberHistory.NONE);
        assertPays("0", assessment);
        assertEquals(Set.of(ReasonCode.BELOW_DEDUCTIBLE), assessment.reasonCodes());
        AssessmentLine deductible = assessment.lines(Step.DEDUCTIBLE).get(0);
        assertEquals(0, deductible.base().compareTo(new BigDecimal("900.00")));
        assertEquals(0, deductible.remaining().orElseThrow().compareTo(new BigDecimal("100.00")));
    }

    @Test
    void secondStayIsPaidAtTheBandWhereTheFirstStopped() {
        Assessment first = calculator.assess(rules, member, stay("2016-08-01", "2016-08-10", "8000.00", "0"),
                MemberHistory.NONE);
        assertPays("3500.00", first);
        Assessment second = calculator.assess(rules, member, stay("2016-11-01", "2016-11-05", "4000.00", "0"),
                earlier("8000.00", "3500.00"));
        // 2,000 left in the 50% band, then 2,000 at 70%; no second deductible
        assertPays("2400.00", second);
        List<AssessmentLine> bands = second.lines(Step.BAND);
        assertEquals(List.of("1000.00-10000.00", "10000.00-"), bands.stream().map(AssessmentLine::rule).toList());
        assertEquals(0, bands.get(0).base().compareTo(new BigDecimal("2000.00")));
        assertTrue(second.lines(Step.DEDUCTIBLE).isEmpty(), "the deductible was reached by the first stay");
    }

    @Test
    void capReachedAcrossSeveralStays() {
        MemberHistory history = MemberHistory.NONE;
        String[] stays = {"10000.00", "10000.00", "10000.00"};
        String[] expected = {"4500.00", "7000.00", "3500.00"};
        for (int i = 0; i < stays.length; i++) {
            Assessment assessment = calculator.assess(rules, member,
                    stay("2016-0" + (7 + i) + "-10", "2016-0" + (7 + i) + "-15", stays[i], "0"), history);
            assertPays(expected[i], assessment);
            history = history.withInScopeSelfPay(INPATIENT, stays[i]).withPaid(INPATIENT, expected[i]);
        }
        Assessment last = calculator.assess(rules, member, stay("2017-03-01", "2017-03-05", "10000.00", "0"), history);
        assertPays("0", last);
        assertTrue(last.reasonCodes().contains(ReasonCode.CAP_REACHED), describe(last));
        AssessmentLine cap = last.lines(Step.BENEFIT_CAP).get(0);
        assertEquals(0, cap.amount().compareTo(new BigDecimal("-7000.00")));
        assertEquals(0, cap.remaining().orElseThrow().signum());
    }

    @Test
    void twoSharesDoubleTheCapButNotTheDeductible() {
        PlanRules twoShareRules = SeedPlans.withMaxShares(rules, 2);
        EnrolmentFacts twoShares = EnrolmentFacts.paid(2, date("2016-07-01"), date("2017-06-30"));
        Assessment assessment = calculator.assess(twoShareRules, twoShares,
                stay("2016-09-01", "2016-09-20", "40000.00", "0"), MemberHistory.NONE);
        // 4,500 + 70% of 30,000 = 25,500, under the cap of 2 × 15,000; the deductible stays 1,000
        assertPays("25500.00", assessment);
        assertEquals("1000.00", assessment.lines(Step.DEDUCTIBLE).get(0).rule());
        assertEquals("30000.00", assessment.lines(Step.BENEFIT_CAP).get(0).rule());
    }

    @Test
    void dischargeInNextPlanYearAccumulatesThere() {
        // admitted in June 2017 under the 2016 enrolment, discharged in July: the stay belongs to 2017/18
        PlanRules next = SeedPlans.nextPeriod(rules);
        Assessment assessment = calculator.assess(next, member, stay("2017-06-25", "2017-07-05", "3000.00", "0"),
                MemberHistory.NONE);
        assertEquals(new PlanYear(date("2017-07-01"), date("2018-06-30")), assessment.planYear());
        // a fresh deductible in the new plan year
        assertPays("1000.00", assessment);
    }

    @Test
    void theVersionMustContainTheDischargeDate() {
        assertThrows(IllegalArgumentException.class, () -> calculator.assess(rules, member,
                stay("2017-06-25", "2017-07-05", "3000.00", "0"), MemberHistory.NONE));
    }

    @Test
    void coverIsJudgedOnTheAdmissionDate() {
        EnrolmentFacts joinedLate = EnrolmentFacts.paid(1, date("2016-10-01"), date("2017-06-30"));
        Assessment assessment = calculator.assess(rules, joinedLate, stay("2016-09-28", "2016-10-06", "3000.00", "0"),
                MemberHistory.NONE);
        assertPays("0", assessment);
        assertEquals(Set.of(ReasonCode.NO_COVER_ON_DATE), assessment.reasonCodes());
        assertEquals(1, assessment.lines(Step.NOT_PAID).size(), "a refusal is a line not paid, saying why");
        assertEquals(1, assessment.lines().size());
    }

    @Test
    void outOfScopeSelfPayIsNotCovered() {
        Assessment assessment = calculator.assess(rules, member, stay("2016-09-01", "2016-09-08", "3000.00", "2500.00"),
                MemberHistory.NONE);
        assertPays("1000.00", assessment);
        assertTrue(assessment.reasonCodes().contains(ReasonCode.NOT_COVERED));
        assertEquals(0, assessment.lines(Step.OUT_OF_SCOPE).get(0).base().compareTo(new BigDecimal("2500.00")));
    }

    @Test
    void amountsAreRoundedOnceAtTheEndOfTheClaimNotPerBand() {
        // 0.01 at 50% = 0.005 and 0.05 at 70% = 0.035: exactly 0.04 (per line rounding would give 0.05)
        Assessment assessment = calculator.assess(rules, member, stay("2016-09-01", "2016-09-08", "0.06", "0"),
                earlier("9999.99", "4499.99"));
        assertPays("0.04", assessment);
        assertTrue(assessment.lines(Step.ROUNDING).isEmpty(), "nothing to round: no rounding line");
    }

    @Test
    void halfAFenIsRoundedUp() {
        Assessment assessment = calculator.assess(rules, member, stay("2016-09-01", "2016-09-08", "1000.01", "0"),
                earlier("1000.00", "0"));
        assertPays("500.01", assessment);
        AssessmentLine rounding = assessment.lines(Step.ROUNDING).get(0);
        assertEquals(0, rounding.base().compareTo(new BigDecimal("500.005")));
        assertEquals("Exact total 500.005 yuan, rounded half-up to the fen: 0.005 yuan added.",
                rounding.text(org.huzhu.platform.api.SupportedLocales.ENGLISH));
    }

    @ParameterizedTest(name = "discharged {0}, filed {1}: late {2}")
    @CsvSource({
            "2016-09-08, 2018-09-08, false",
            "2016-09-08, 2018-09-09, true",
    })
    void claimsAreLateTwoYearsAfterDischarge(String discharge, String filed, boolean late) {
        SettlementSheet sheet = SettlementSheet.of("12000.00", "9000.00", "3000.00", "0");
        ClaimFacts claim = ClaimFacts.inpatient(date("2016-09-01"), date(discharge), 7, sheet, date(filed));
        Assessment assessment = calculator.assess(rules, member, claim, MemberHistory.NONE);
        assertPays(late ? "0" : "1000.00", assessment);
        assertEquals(late, assessment.reasonCodes().contains(ReasonCode.LATE_CLAIM), describe(assessment));
    }

    @Test
    void unpaidPremiumVoidsTheEnrolment() {
        Assessment assessment = calculator.assess(rules, member.unpaid(), stay("2016-09-01", "2016-09-08", "3000.00", "0"),
                MemberHistory.NONE);
        assertPays("0", assessment);
        assertEquals(Set.of(ReasonCode.PREMIUM_UNPAID), assessment.reasonCodes());
    }

    @Test
    void outpatientTreatmentIsNotInTheWorkingInpatientPlan() {
        ClaimFacts outpatient = ClaimFacts.outpatientSerious(date("2016-09-01"),
                SettlementSheet.of("5000.00", "3000.00", "2000.00", "0"), date("2016-09-10"));
        Assessment assessment = calculator.assess(rules, member, outpatient, MemberHistory.NONE);
        assertPays("0", assessment);
        assertEquals(Set.of(ReasonCode.NOT_COVERED), assessment.reasonCodes());
    }

    @Test
    void moreSharesThanTheVersionAllowsIsAnError() {
        EnrolmentFacts twoShares = EnrolmentFacts.paid(2, date("2016-07-01"), date("2017-06-30"));
        assertThrows(IllegalArgumentException.class, () -> calculator.assess(rules, twoShares,
                stay("2016-09-01", "2016-09-08", "3000.00", "0"), MemberHistory.NONE));
    }
}
