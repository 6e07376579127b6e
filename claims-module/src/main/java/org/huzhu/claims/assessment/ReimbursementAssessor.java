package org.huzhu.claims.assessment;

import static org.huzhu.claims.assessment.Ledger.max;
import static org.huzhu.claims.assessment.Ledger.min;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.huzhu.claims.api.assessment.Amounts;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.rules.CoInsuranceBand;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;

/**
 * Pays part of the in-scope self-pay of a stay or treatment. The claim's self-pay is laid on top of what
 * the plan year already accumulated for the benefit, so the deductible is consumed once a year and a second
 * stay is paid at the band where the first one stopped; then the caps cut the result.
 */
final class ReimbursementAssessor {

    private ReimbursementAssessor() {
    }

    static void assess(ReimbursementBenefit benefit, PlanRules rules, SettlementSheet sheet, int shares,
                       MemberHistory history, Ledger ledger) {
        String code = benefit.code();
        BigDecimal before = history.inScopeSelfPayOf(code);
        BigDecimal after = before.add(sheet.inScopeSelfPay());
        deductible(benefit, before, after, ledger);
        BigDecimal gross = bands(benefit, before, after, ledger);
        if (sheet.outOfScopeSelfPay().signum() > 0) {
            ledger.add(code, Step.OUT_OF_SCOPE, "", sheet.outOfScopeSelfPay(), null, BigDecimal.ZERO, null,
                    AssessmentReason.of(ReasonCode.NOT_COVERED, "outOfScope", sheet.outOfScopeSelfPay()));
        }
        CapLimiter.limit(benefit, rules, shares, history, gross, ledger);
    }

    private static void deductible(ReimbursementBenefit benefit, BigDecimal before, BigDecimal after, Ledger ledger) {
        BigDecimal deductible = benefit.deductible();
        if (deductible.signum() <= 0 || before.compareTo(deductible) >= 0) {
            return; // none, or consumed by earlier claims of the plan year
        }
        BigDecimal below = overlap(before, after, BigDecimal.ZERO, Optional.of(deductible));
        AssessmentReason reason = below.signum() > 0
                ? AssessmentReason.of(ReasonCode.BELOW_DEDUCTIBLE, below, deductible) : null;
        ledger.add(benefit.code(), Step.DEDUCTIBLE, Amounts.yuan(deductible), below, BigDecimal.ZERO,
                BigDecimal.ZERO, max(BigDecimal.ZERO, deductible.subtract(after)), reason);
    }

    /** Each band's rate on the part of this claim inside it; returns the sum, before caps. */
    private static BigDecimal bands(ReimbursementBenefit benefit, BigDecimal before, BigDecimal after, Ledger ledger) {
        BigDecimal gross = BigDecimal.ZERO;
        List<CoInsuranceBand> bands = benefit.bands();
        for (CoInsuranceBand band : bands) {
            BigDecimal part = overlap(before, after, band.from(), band.to());
            if (part.signum() > 0) {
                BigDecimal amount = part.multiply(band.rate());
                ledger.add(benefit.code(), Step.BAND, bounds(band), part, band.rate(), amount, null, null);
                gross = gross.add(amount);
            }
        }
        Optional<BigDecimal> top = bands.isEmpty() ? Optional.empty() : bands.get(bands.size() - 1).to();
        if (top.isPresent()) {
            BigDecimal above = overlap(before, after, top.get(), Optional.empty());
            if (above.signum() > 0) {
                ledger.add(benefit.code(), Step.ABOVE_BANDS, Amounts.yuan(top.get()) + "-", above,
                        BigDecimal.ZERO, BigDecimal.ZERO, null,
                        AssessmentReason.of(ReasonCode.NOT_COVERED, "aboveBands", above, top.get()));
            }
        }
        return gross;
    }

    /** The length of [before, after] inside [from, to), an open {@code to} meaning no upper bound. */
    static BigDecimal overlap(BigDecimal before, BigDecimal after, BigDecimal from, Optional<BigDecimal> to) {
        BigDecimal low = max(before, from);
        BigDecimal high = to.map(bound -> min(after, bound)).orElse(after);
        return max(BigDecimal.ZERO, high.subtract(low));
    }

    private static String bounds(CoInsuranceBand band) {
        return Amounts.yuan(band.from()) + "-" + band.to().map(Amounts::yuan).orElse("");
    }
}
