package org.huzhu.claims.assessment;

import java.math.BigDecimal;

import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.enrolment.CoverLeft;
import org.huzhu.insurance.api.rules.DiseaseClass;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.insurance.api.rules.LumpSumBenefit;

/**
 * A lump sum per share on the diagnosis of a listed disease class. With {@code oncePerCycle}: at most one
 * early-stage and one main payment per cycle, a main payment is reduced by an early-stage payment made
 * before in the cycle, and after a main payment the member's cover under the benefit ends for the cycle.
 * Without it, each confirmed diagnosis pays its class's amount.
 */
final class LumpSumAssessor {

    private LumpSumAssessor() {
    }

    static void assess(LumpSumBenefit benefit, DiseaseClass diseaseClass, int shares, MemberHistory history,
                       Ledger ledger) {
        String code = benefit.code();
        BigDecimal mainPaid = history.mainPaidFor(code);
        BigDecimal earlyPaid = history.earlyStagePaidFor(code);
        boolean early = diseaseClass.stage() == DiseaseStage.EARLY;
        if (CoverLeft.cycleUsedUp(benefit, mainPaid)) {
            ledger.notPaid(code, diseaseClass.code(), AssessmentReason.of(ReasonCode.ALREADY_PAID_IN_CYCLE, mainPaid));
            return;
        }
        if (benefit.oncePerCycle() && early && earlyPaid.signum() > 0) {
            ledger.notPaid(code, diseaseClass.code(),
                    AssessmentReason.of(ReasonCode.ALREADY_PAID_IN_CYCLE, "earlyStage", earlyPaid));
            return;
        }
        BigDecimal perShare = diseaseClass.amountPerShare().orElse(benefit.sumPerShare());
        BigDecimal rate = diseaseClass.amountPerShare().isPresent()
                ? BigDecimal.ONE : diseaseClass.rateOfSum().orElse(BigDecimal.ONE);
        BigDecimal base = Ledger.times(perShare, shares);
        BigDecimal amount = base.multiply(rate);
        ledger.add(code, Step.LUMP_SUM, diseaseClass.code(), base, rate, amount, null, null);
        if (benefit.oncePerCycle() && !early && earlyPaid.signum() > 0) {
            BigDecimal deduction = Ledger.min(earlyPaid, amount);
            ledger.add(code, Step.EARLY_STAGE_DEDUCTION, diseaseClass.code(), earlyPaid, null, deduction.negate(),
                    null, null);
        }
    }
}
