package org.huzhu.claims.assessment;

import static org.huzhu.claims.assessment.SeedPlans.assertPays;
import static org.huzhu.claims.assessment.SeedPlans.date;
import static org.huzhu.claims.assessment.SeedPlans.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.rules.DailyAllowanceBenefit;
import org.huzhu.insurance.api.rules.DeathBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No seeded version has a daily allowance or a death benefit, so these run on the working inpatient plan of
 * 2016 with two illustrative benefits added: 50 yuan per day per share for at most 30 days a plan year, and
 * 5,000 yuan per share on death; up to two shares.
 */
class AllowanceAndDeathAssessmentTest {

    private static final String ALLOWANCE = "HOSPITAL_DAILY_ALLOWANCE";
    private static final String DEATH = "DEATH";
    private final BenefitCalculator calculator = new BenefitCalculator();
    private final PlanRules rules = SeedPlans.withMaxShares(SeedPlans.plus(SeedPlans.workingInpatient2016(),
            new DailyAllowanceBenefit(ALLOWANCE, yuan("50.00"), 30), new DeathBenefit(DEATH, yuan("5000.00"))), 2);

    private static EnrolmentFacts shares(int shares) {
        return EnrolmentFacts.paid(shares, date("2016-07-01"), date("2017-06-30"));
    }

    private static ClaimFacts stayOf(int days) {
        // below the deductible: only the allowance pays
        return ClaimFacts.inpatient(date("2016-10-01"), date("2016-10-01").plusDays(days), days,
                SettlementSheet.of("2000.00", "1500.00", "500.00", "0"), date("2016-12-01"));
    }

    @ParameterizedTest(name = "{0} share(s), {1} days paid before, stay of {2} days: pays {3}")
    @CsvSource({
            // shares, days already paid in the plan year, days in hospital, payable
            "1, 0,  10, 500.00",
            "2, 0,  10, 1000.00",
            "1, 25, 10, 250.00",
            "1, 30, 5,  0.00",
            "1, 0,  45, 1500.00",
    })
    void dailyAllowanceCountsItsMaximumDaysPerPlanYear(int shares, int daysBefore, int days, String payable) {
        Assessment assessment = calculator.assess(rules, shares(shares), stayOf(days),
                MemberHistory.NONE.withAllowanceDays(ALLOWANCE, daysBefore));
        assertPays(payable, assessment);
        boolean cut = daysBefore + days > 30;
        assertEquals(cut, assessment.reasonCodes().contains(ReasonCode.CAP_REACHED));
        assertEquals(Math.max(0, 30 - daysBefore - days),
                assessment.lines(Step.DAILY_ALLOWANCE).get(0).remaining().orElseThrow().intValueExact());
    }

    @Test
    void allowanceIsPaidAlongsideTheReimbursement() {
        ClaimFacts stay = ClaimFacts.inpatient(date("2016-10-01"), date("2016-10-11"), 10,
                SettlementSheet.of("12000.00", "9000.00", "3000.00", "0"), date("2016-12-01"));
        assertPays("1500.00", calculator.assess(rules, shares(1), stay, MemberHistory.NONE));
    }

    @ParameterizedTest(name = "{0} share(s): pays {1}")
    @CsvSource({"1, 5000.00", "2, 10000.00"})
    void deathBenefitIsPaidPerShare(int shares, String payable) {
        ClaimFacts death = ClaimFacts.death(date("2017-01-15"), date("2017-02-01"));
        assertPays(payable, calculator.assess(rules, shares(shares), death, MemberHistory.NONE));
    }

    @Test
    void deathBenefitIsPaidOnce() {
        ClaimFacts death = ClaimFacts.death(date("2017-01-15"), date("2017-02-01"));
        Assessment again = calculator.assess(rules, shares(1), death, MemberHistory.NONE.withPaid(DEATH, "5000.00"));
        assertPays("0", again);
        assertEquals(Set.of(ReasonCode.ALREADY_PAID_IN_CYCLE), again.reasonCodes());
    }

    @Test
    void deathIsNotCoveredByAPlanWithoutADeathBenefit() {
        Assessment assessment = calculator.assess(SeedPlans.workingInpatient2016(),
                EnrolmentFacts.paid(1, date("2016-07-01"), date("2017-06-30")),
                ClaimFacts.death(date("2017-01-15"), date("2017-02-01")), MemberHistory.NONE);
        assertPays("0", assessment);
        assertEquals(Set.of(ReasonCode.NOT_COVERED), assessment.reasonCodes());
    }
}
