package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.assessment.BenefitCalculator;
import org.huzhu.claims.assessment.SeedPlans;
import org.huzhu.claims.intake.rules.Refusals;
import org.huzhu.claims.intake.rules.RejectReason;
import org.huzhu.insurance.api.rules.PlanRules;
import org.junit.jupiter.api.Test;

/**
 * A claim the rules refuse as a whole is REFUSED with its reason (the waiting period like any other); a claim that pays
 * nothing but still counts in the plan year (below the deductible) waits for a decision like any other.
 */
class RefusalsTest {

    private final BenefitCalculator calculator = new BenefitCalculator();
    private final PlanRules retiree = SeedPlans.seeded("RETIREE_INPATIENT", "2001");
    private final PlanRules working = SeedPlans.seeded("WORKING_INPATIENT", "2016");
    private final EnrolmentFacts retired = EnrolmentFacts.paid(1, date("2001-01-01"), date("2001-12-31"));
    private final EnrolmentFacts member = EnrolmentFacts.paid(1, date("2016-07-01"), date("2017-06-30"));
    private final SettlementSheet sheet = SettlementSheet.of("9000.00", "4000.00", "5000.00", "0");

    private static java.time.LocalDate date(String iso) {
        return java.time.LocalDate.parse(iso);
    }

    @Test
    void aStayInTheWaitingPeriodIsRefusedForTheWaitingPeriod() {
        ClaimFacts stay = ClaimFacts.inpatient(date("2001-02-10"), date("2001-02-15"), 6, sheet, date("2001-02-20"));
        Assessment result = calculator.assess(retiree, retired, stay, MemberHistory.NONE);
        assertEquals(Optional.of(RejectReason.WAITING_PERIOD), Refusals.of(result, retiree, stay.sheet()));
    }

    @Test
    void anUnpaidPremiumAndALateClaimAreRefusedWithTheirOwnReasons() {
        ClaimFacts stay = ClaimFacts.inpatient(date("2001-05-10"), date("2001-05-15"), 6, sheet, date("2001-05-20"));
        Assessment unpaid = calculator.assess(retiree, retired.unpaid(), stay, MemberHistory.NONE);
        assertEquals(Optional.of(RejectReason.PREMIUM_UNPAID), Refusals.of(unpaid, retiree, stay.sheet()));
        ClaimFacts late = ClaimFacts.inpatient(date("2001-05-10"), date("2001-05-15"), 6, sheet, date("2004-05-20"));
        Assessment tooLate = calculator.assess(retiree, retired, late, MemberHistory.NONE);
        assertEquals(Optional.of(RejectReason.LATE_CLAIM), Refusals.of(tooLate, retiree, late.sheet()));
    }

    @Test
    void aDiagnosisOutsideItsClassAndASecondMainSumAreRefused() {
        ClaimFacts inSitu = ClaimFacts.seriousIllness(date("2016-12-01"), "MALIGNANT_TUMOUR", "D05.1", date("2016-12-05"));
        Assessment outside = calculator.assess(SeedPlans.seeded("SERIOUS_ILLNESS", "2016"), member, inSitu, MemberHistory.NONE);
        assertEquals(Optional.of(RejectReason.DIAGNOSIS_OUTSIDE_CLASS), Refusals.of(outside, SeedPlans.seeded("SERIOUS_ILLNESS", "2016"), Optional.empty()));
        ClaimFacts second = ClaimFacts.seriousIllness(date("2017-02-01"), "STROKE_SEQUELAE", "I69.4", date("2017-02-05"));
        Assessment again = calculator.assess(SeedPlans.seeded("SERIOUS_ILLNESS", "2016"), member, second,
                MemberHistory.NONE.withMainPaid("SERIOUS_ILLNESS", "10000.00"));
        assertEquals(Optional.of(RejectReason.ALREADY_PAID_IN_CYCLE), Refusals.of(again, SeedPlans.seeded("SERIOUS_ILLNESS", "2016"), Optional.empty()));
    }

    @Test
    void aStayBelowTheDeductibleIsNotRefusedItCountsTowardsTheDeductible() {
        SettlementSheet small = SettlementSheet.of("1000.00", "400.00", "600.00", "0");
        ClaimFacts stay = ClaimFacts.inpatient(date("2016-09-01"), date("2016-09-03"), 3, small, date("2016-09-10"));
        Assessment below = calculator.assess(working, member, stay, MemberHistory.NONE);
        assertEquals(0, below.payable().signum());
        assertEquals(Optional.empty(), Refusals.of(below, working, stay.sheet()));
    }
}
