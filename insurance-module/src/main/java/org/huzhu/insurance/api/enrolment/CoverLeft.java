package org.huzhu.insurance.api.enrolment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.CapGroup;
import org.huzhu.insurance.api.rules.LumpSumBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;

/**
 * What is left of a member's cover under a plan version: the one implementation of it, used by the claims engine (caps
 * cut a claim to what is left, a once-per-cycle lump sum is refused once its main sum was paid) and by the coverage
 * look-up that the API and every page show. Yearly caps count what was paid in the plan year; once-per-cycle lump sums
 * what was paid in the cycle.
 */
public final class CoverLeft {

    private CoverLeft() {
    }

    /** What is left of a limit after what was used: never below zero. */
    public static BigDecimal left(BigDecimal limit, BigDecimal used) {
        BigDecimal left = limit.subtract(used);
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }

    /** Whether a once-per-cycle lump sum has paid its main sum: the member's cover under it has ended for the cycle. */
    public static boolean cycleUsedUp(LumpSumBenefit benefit, BigDecimal mainPaid) {
        return benefit.oncePerCycle() && mainPaid.signum() > 0;
    }

    /**
     * The most a once-per-cycle lump sum can still pay in the cycle: the full sum for the shares less an early-stage sum
     * already paid (a main payment is reduced by it), and nothing once the main sum was paid.
     */
    public static BigDecimal lumpSumLeft(LumpSumBenefit benefit, int shares, BigDecimal earlyPaid, BigDecimal mainPaid) {
        if (cycleUsedUp(benefit, mainPaid)) {
            return BigDecimal.ZERO;
        }
        return left(benefit.sumPerShare().multiply(BigDecimal.valueOf(shares)), earlyPaid);
    }

    /**
     * Every limit of the version for a member holding {@code shares}: each benefit's own yearly cap and each shared cap
     * group (used in the plan year), and each once-per-cycle lump sum (used in the cycle); amounts to the fen.
     */
    public static List<CoverageView.RemainingLimit> limits(PlanRules rules, int shares, UsedLimits.Used inYear, UsedLimits.Used inCycle) {
        List<CoverageView.RemainingLimit> limits = new ArrayList<>();
        for (BenefitRule benefit : rules.benefits()) {
            if (benefit instanceof ReimbursementBenefit reimbursement && reimbursement.cap().isPresent()) {
                limits.add(limit(reimbursement.code(), reimbursement.cap().get().forShares(shares), get(inYear.byBenefit(), reimbursement.code())));
            } else if (benefit instanceof LumpSumBenefit lumpSum && lumpSum.oncePerCycle()) {
                BigDecimal early = get(inCycle.earlyLumpSums(), lumpSum.code());
                BigDecimal main = get(inCycle.mainLumpSums(), lumpSum.code());
                BigDecimal sum = lumpSum.sumPerShare().multiply(BigDecimal.valueOf(shares));
                limits.add(new CoverageView.RemainingLimit(lumpSum.code(), fen(sum), fen(early.add(main)),
                        fen(lumpSumLeft(lumpSum, shares, early, main))));
            }
        }
        for (CapGroup group : rules.capGroups()) {
            limits.add(limit(group.code(), group.cap().forShares(shares), get(inYear.byCapGroup(), group.code())));
        }
        return limits;
    }

    /**
     * Whether nothing of the version can pay any more in this plan year or cycle: every benefit has a limit (its own, its
     * cap group's, or its cycle's) with nothing left. A benefit without a limit is never used up.
     */
    public static boolean usedUp(PlanRules rules, List<CoverageView.RemainingLimit> limits) {
        if (rules.benefits().isEmpty()) {
            return false;
        }
        for (BenefitRule benefit : rules.benefits()) {
            Optional<String> group = benefit instanceof ReimbursementBenefit reimbursement ? reimbursement.capGroup() : Optional.empty();
            boolean exhausted = limits.stream().anyMatch(limit -> limit.remaining().signum() == 0
                    && (limit.code().equals(benefit.code()) || group.map(limit.code()::equals).orElse(false)));
            if (!exhausted) {
                return false;
            }
        }
        return true;
    }

    private static CoverageView.RemainingLimit limit(String code, BigDecimal limit, BigDecimal used) {
        return new CoverageView.RemainingLimit(code, fen(limit), fen(used), fen(left(limit, used)));
    }

    private static BigDecimal get(Map<String, BigDecimal> amounts, String code) {
        return amounts.getOrDefault(code, BigDecimal.ZERO);
    }

    private static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
