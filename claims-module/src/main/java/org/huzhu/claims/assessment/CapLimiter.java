package org.huzhu.claims.assessment;

import static org.huzhu.claims.assessment.Ledger.min;

import java.math.BigDecimal;

import org.huzhu.claims.api.assessment.Amounts;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.enrolment.CoverLeft;
import org.huzhu.insurance.api.rules.Cap;
import org.huzhu.insurance.api.rules.CapGroup;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;

/**
 * Cuts a reimbursement to what its yearly limits leave: first the benefit's own cap, then the cap group it
 * shares with other benefits (one remaining limit for all of them). Caps per share scale with shares.
 */
final class CapLimiter {

    private CapLimiter() {
    }

    static BigDecimal limit(ReimbursementBenefit benefit, PlanRules rules, int shares, MemberHistory history,
                            BigDecimal gross, Ledger ledger) {
        BigDecimal payable = gross;
        if (benefit.cap().isPresent()) {
            BigDecimal cap = benefit.cap().get().forShares(shares);
            payable = apply(benefit.code(), Step.BENEFIT_CAP, Amounts.yuan(cap), "benefit", cap,
                    history.paidFor(benefit.code()), payable, ledger);
        }
        if (benefit.capGroup().isPresent()) {
            String code = benefit.capGroup().get();
            Cap groupCap = rules.capGroup(code).map(CapGroup::cap).orElseThrow(() ->
                    new IllegalArgumentException("Benefit " + benefit.code() + " names an unknown cap group " + code));
            BigDecimal cap = groupCap.forShares(shares);
            payable = apply(benefit.code(), Step.CAP_GROUP, code + ":" + Amounts.yuan(cap), "capGroup", cap,
                    history.paidInCapGroup(code), payable, ledger);
        }
        return payable;
    }

    private static BigDecimal apply(String benefit, Step step, String rule, String variant, BigDecimal cap,
                                    BigDecimal used, BigDecimal wanted, Ledger ledger) {
        BigDecimal left = CoverLeft.left(cap, used);
        BigDecimal allowed = min(wanted, left);
        BigDecimal cut = wanted.subtract(allowed);
        AssessmentReason reason = cut.signum() > 0
                ? AssessmentReason.of(ReasonCode.CAP_REACHED, variant, cut, rule, used) : null;
        ledger.add(benefit, step, rule, wanted, null, cut.negate(), left.subtract(allowed), reason);
        return allowed;
    }
}
