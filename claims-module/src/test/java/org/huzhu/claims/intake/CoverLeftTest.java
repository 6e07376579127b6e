package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.assessment.BenefitCalculator;
import org.huzhu.claims.assessment.SeedPlans;
import org.huzhu.claims.intake.rules.Contribution;
import org.huzhu.insurance.api.enrolment.CoverLeft;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.insurance.api.enrolment.UsedLimits;
import org.huzhu.insurance.api.rules.PlanRules;
import org.junit.jupiter.api.Test;

/**
 * The cover look-up ({@link CoverLeft} over the contributions {@link JdbcUsedLimits} sums) tells what the engine does: after
 * a main serious-illness sum nothing is left in the cycle (USED_UP) and the engine refuses another; after an early-stage
 * sum the main sum less it is left; a shared yearly limit is used by every benefit in it.
 */
class CoverLeftTest {

    private final BenefitCalculator calculator = new BenefitCalculator();
    private final EnrolmentFacts member = EnrolmentFacts.paid(1, LocalDate.parse("2016-07-01"), LocalDate.parse("2017-06-30"));

    @Test
    void afterAMainSeriousIllnessSumNothingIsLeftAndTheEngineRefusesAnother() {
        PlanRules rules = SeedPlans.seeded("SERIOUS_ILLNESS", "2016");
        List<Contribution> history = new ArrayList<>();
        ClaimFacts early = ClaimFacts.seriousIllness(LocalDate.parse("2016-09-01"), "CARCINOMA_IN_SITU", "D05.1", LocalDate.parse("2016-09-05"));
        history.addAll(Contribution.of(calculator.assess(rules, member, early, Contribution.history(history)), rules, Optional.empty()));
        List<CoverageView.RemainingLimit> afterEarly = CoverLeft.limits(rules, 1, used(history), used(history));
        assertEquals(List.of(new CoverageView.RemainingLimit("SERIOUS_ILLNESS", new BigDecimal("10000.00"), new BigDecimal("3000.00"),
                new BigDecimal("7000.00"))), afterEarly);
        assertFalse(CoverLeft.usedUp(rules, afterEarly));

        ClaimFacts main = ClaimFacts.seriousIllness(LocalDate.parse("2016-12-01"), "MALIGNANT_TUMOUR", "C18.0", LocalDate.parse("2016-12-05"));
        Assessment paid = calculator.assess(rules, member, main, Contribution.history(history));
        assertEquals(0, new BigDecimal("7000.00").compareTo(paid.payable()), "what the look-up said was left");
        history.addAll(Contribution.of(paid, rules, Optional.empty()));
        List<CoverageView.RemainingLimit> afterMain = CoverLeft.limits(rules, 1, used(history), used(history));
        assertEquals(0, afterMain.get(0).remaining().signum());
        assertTrue(CoverLeft.usedUp(rules, afterMain), "the look-up no longer says IN_FORCE with nothing left");

        ClaimFacts another = ClaimFacts.seriousIllness(LocalDate.parse("2017-03-01"), "STROKE_SEQUELAE", "I69.4", LocalDate.parse("2017-03-05"));
        Assessment refused = calculator.assess(rules, member, another, Contribution.history(history));
        assertEquals(0, refused.payable().signum());
        assertEquals(java.util.Set.of(ReasonCode.ALREADY_PAID_IN_CYCLE), refused.reasonCodes());
    }

    @Test
    void theRetireesSharedLimitIsWhatTheEngineLeavesAfterEveryBenefitInIt() {
        PlanRules rules = SeedPlans.seeded("RETIREE_INPATIENT", "2001");
        EnrolmentFacts retired = EnrolmentFacts.paid(1, LocalDate.parse("2001-01-01"), LocalDate.parse("2001-12-31"));
        List<Contribution> history = new ArrayList<>();
        SettlementSheet big = SettlementSheet.of("80000.00", "30000.00", "50000.00", "0");
        ClaimFacts stay = ClaimFacts.inpatient(LocalDate.parse("2001-05-01"), LocalDate.parse("2001-05-20"), 20, big, LocalDate.parse("2001-06-01"));
        Assessment first = calculator.assess(rules, retired, stay, Contribution.history(history));
        history.addAll(Contribution.of(first, rules, stay.sheet()));
        List<CoverageView.RemainingLimit> limits = CoverLeft.limits(rules, 1, used(history), used(history));
        CoverageView.RemainingLimit shared = limits.stream().filter(l -> l.code().equals("RETIREE_ANNUAL")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("10000.00"), shared.remaining(), "40,000 less the 30,000 of the stay");

        ClaimFacts dialysis = ClaimFacts.outpatientSerious(LocalDate.parse("2001-07-01"),
                SettlementSheet.of("40000.00", "10000.00", "30000.00", "0"), LocalDate.parse("2001-07-05"));
        Assessment second = calculator.assess(rules, retired, dialysis, Contribution.history(history));
        assertEquals(0, shared.remaining().compareTo(second.payable()), "the engine pays what the look-up said was left");
        history.addAll(Contribution.of(second, rules, dialysis.sheet()));
        assertTrue(CoverLeft.usedUp(rules, CoverLeft.limits(rules, 1, used(history), used(history))));
    }

    /** What {@link JdbcUsedLimits} sums from the contributions, summed here in Java. */
    private static UsedLimits.Used used(List<Contribution> contributions) {
        Map<String, BigDecimal> byBenefit = new HashMap<>();
        Map<String, BigDecimal> byGroup = new HashMap<>();
        Map<String, BigDecimal> early = new HashMap<>();
        Map<String, BigDecimal> main = new HashMap<>();
        for (Contribution c : contributions) {
            byBenefit.merge(c.benefit(), c.paid(), BigDecimal::add);
            if (c.capGroup() != null) {
                byGroup.merge(c.capGroup(), c.paid(), BigDecimal::add);
            }
            early.merge(c.benefit(), c.earlyStage(), BigDecimal::add);
            main.merge(c.benefit(), c.mainSum(), BigDecimal::add);
        }
        return new UsedLimits.Used(byBenefit, byGroup, early, main);
    }
}
