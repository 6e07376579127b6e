package org.huzhu.claims.assessment;

import static org.huzhu.claims.assessment.SeedPlans.assertPays;
import static org.huzhu.claims.assessment.SeedPlans.date;
import static org.huzhu.claims.assessment.SeedPlans.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.rules.PlanRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeded retiree inpatient plan, version 2001 (calendar year 2001): 60% of in-scope self-pay for stays,
 * 50% for outpatient treatment of listed serious conditions and home sick-bed care, at most 40,000 yuan per
 * member per year over all of them (cap group RETIREE_ANNUAL), benefits from the 4th month of first cover.
 */
class RetireeInpatientAssessmentTest {

    private static final String GROUP = "RETIREE_ANNUAL";
    private static final String INPATIENT = "INPATIENT";
    private static final String OUTPATIENT = "OUTPATIENT_SERIOUS_AND_HOME_SICKBED";

    private final BenefitCalculator calculator = new BenefitCalculator();
    private final PlanRules rules = SeedPlans.retireeInpatient2001();
    /** Renewed from 2000 without a gap: no waiting period left in 2001. */
    private final EnrolmentFacts renewed =
            EnrolmentFacts.paid(1, date("2001-01-01"), date("2001-12-31")).renewedSince(date("2000-01-01"));

    private static SettlementSheet sheet(String inScope) {
        BigDecimal in = new BigDecimal(inScope);
        return new SettlementSheet(in.multiply(BigDecimal.valueOf(4)), in.multiply(BigDecimal.valueOf(3)), in,
                BigDecimal.ZERO);
    }

    private static ClaimFacts claim(ClaimType type, String date, String inScope) {
        LocalDate day = date(date);
        return switch (type) {
            case INPATIENT -> ClaimFacts.inpatient(day, day.plusDays(6), 6, sheet(inScope), day.plusDays(30));
            case OUTPATIENT_SERIOUS -> ClaimFacts.outpatientSerious(day, sheet(inScope), day.plusDays(30));
            case HOME_SICKBED -> ClaimFacts.homeSickbed(day, sheet(inScope), day.plusDays(30));
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    @ParameterizedTest(name = "{0} with {2} in-scope self-pay, {1} already paid in the year: pays {3}")
    @CsvSource({
            // claim type, paid before in the shared cap group, in-scope self-pay, payable
            "INPATIENT,          0,        10000.00, 6000.00",
            "OUTPATIENT_SERIOUS, 0,        10000.00, 5000.00",
            "HOME_SICKBED,       0,        3000.00,  1500.00",
            "INPATIENT,          0,        80000.00, 40000.00",
            "INPATIENT,          38000.00, 10000.00, 2000.00",
            "OUTPATIENT_SERIOUS, 38000.00, 10000.00, 2000.00",
            "HOME_SICKBED,       40000.00, 1000.00,  0.00",
            "INPATIENT,          0,        0.01,     0.01",
            "OUTPATIENT_SERIOUS, 0,        0.01,     0.01",
    })
    void ratesPerCategoryUnderTheSharedAnnualCap(ClaimType type, String paidInGroup, String inScope, String payable) {
        MemberHistory history = MemberHistory.NONE.withPaidInCapGroup(GROUP, paidInGroup);
        assertPays(payable, calculator.assess(rules, renewed, claim(type, "2001-06-01", inScope), history));
    }

    @Test
    void retireeInpatientAndOutpatientShareTheAnnualCap() {
        // 30,000 paid this year for dialysis and sick-bed care; a stay worth 60% of 20,000 gets the last 10,000
        MemberHistory history = MemberHistory.NONE
                .withInScopeSelfPay(OUTPATIENT, "60000.00").withPaid(OUTPATIENT, "30000.00")
                .withPaidInCapGroup(GROUP, "30000.00");
        Assessment stay = calculator.assess(rules, renewed, claim(ClaimType.INPATIENT, "2001-09-01", "20000.00"), history);
        assertPays("10000.00", stay);
        assertEquals(Set.of(ReasonCode.CAP_REACHED), stay.reasonCodes());
        AssessmentLine cap = stay.lines(Step.CAP_GROUP).get(0);
        assertEquals("RETIREE_ANNUAL:40000.00", cap.rule());
        assertEquals(0, cap.amount().compareTo(new BigDecimal("-2000.00")));
        assertEquals(0, cap.remaining().orElseThrow().signum());

        Assessment dialysis = calculator.assess(rules, renewed, claim(ClaimType.OUTPATIENT_SERIOUS, "2001-10-01", "1000.00"),
                history.withInScopeSelfPay(INPATIENT, "20000.00").withPaid(INPATIENT, "10000.00")
                        .withPaidInCapGroup(GROUP, "10000.00"));
        assertPays("0", dialysis);
        assertEquals(Set.of(ReasonCode.CAP_REACHED), dialysis.reasonCodes());
    }

    @Test
    void capPerMemberIsNotMultipliedByShares() {
        EnrolmentFacts twoShares = new EnrolmentFacts(2, date("2001-01-01"), date("2000-01-01"), date("2001-12-31"), true);
        Assessment assessment = calculator.assess(SeedPlans.withMaxShares(rules, 2), twoShares,
                claim(ClaimType.INPATIENT, "2001-06-01", "100000.00"), MemberHistory.NONE);
        assertPays("40000.00", assessment);
    }

    @ParameterizedTest(name = "cover from {0}, admitted {1}: paid {2}")
    @CsvSource({
            "2001-01-01, 2001-03-31, false",
            "2001-01-01, 2001-04-01, true",
            "2001-05-01, 2001-07-31, false",
            "2001-05-01, 2001-08-01, true",
    })
    void waitingPeriodBoundaryOnTheFirstDayOfTheFourthMonth(String coverStart, String admission, boolean paid) {
        EnrolmentFacts newMember = EnrolmentFacts.paid(1, date(coverStart), date("2001-12-31"));
        Assessment assessment = calculator.assess(rules, newMember, claim(ClaimType.INPATIENT, admission, "1000.00"),
                MemberHistory.NONE);
        assertPays(paid ? "600.00" : "0", assessment);
        assertEquals(paid ? Set.of() : Set.of(ReasonCode.WAITING_PERIOD), assessment.reasonCodes(), describe(assessment));
    }

    @Test
    void aStayAdmittedInTheWaitingPeriodIsRefusedThoughDischargedAfterIt() {
        EnrolmentFacts newMember = EnrolmentFacts.paid(1, date("2001-01-01"), date("2001-12-31"));
        ClaimFacts stay = ClaimFacts.inpatient(date("2001-03-25"), date("2001-04-10"), 16, sheet("5000.00"),
                date("2001-05-01"));
        Assessment assessment = calculator.assess(rules, newMember, stay, MemberHistory.NONE);
        assertPays("0", assessment);
        assertEquals(Set.of(ReasonCode.WAITING_PERIOD), assessment.reasonCodes());
        assertEquals("2001-04-01", assessment.reasons().get(0).arguments().get(1).toString());
    }

    @Test
    void renewalWithoutAGapKeepsTheFirstStart() {
        Assessment assessment = calculator.assess(rules, renewed, claim(ClaimType.INPATIENT, "2001-01-10", "1000.00"),
                MemberHistory.NONE);
        assertPays("600.00", assessment);
    }

    @Test
    void noDeductibleLineWhenTheVersionHasNone() {
        Assessment assessment = calculator.assess(rules, renewed, claim(ClaimType.HOME_SICKBED, "2001-06-01", "200.00"),
                MemberHistory.NONE);
        assertTrue(assessment.lines(Step.DEDUCTIBLE).isEmpty());
        assertEquals("0.00-", assessment.lines(Step.BAND).get(0).rule());
    }
}
