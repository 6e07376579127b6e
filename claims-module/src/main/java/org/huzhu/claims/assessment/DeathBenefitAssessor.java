package org.huzhu.claims.assessment;

import org.huzhu.claims.api.assessment.Amounts;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.rules.DeathBenefit;

/** A sum per share on the member's death, paid once. */
final class DeathBenefitAssessor {

    private DeathBenefitAssessor() {
    }

    static void assess(DeathBenefit benefit, int shares, MemberHistory history, Ledger ledger) {
        if (history.paidFor(benefit.code()).signum() > 0) {
            ledger.notPaid(benefit.code(), Amounts.yuan(benefit.amountPerShare()),
                    AssessmentReason.of(ReasonCode.ALREADY_PAID_IN_CYCLE, "death", history.paidFor(benefit.code())));
            return;
        }
        var amount = Ledger.times(benefit.amountPerShare(), shares);
        ledger.add(benefit.code(), Step.DEATH, Amounts.yuan(benefit.amountPerShare()), amount, null, amount, null, null);
    }
}
