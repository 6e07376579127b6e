package org.huzhu.claims.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.api.assessment.PlanYear;
import org.huzhu.claims.api.assessment.Step;

/** The explanation lines of one claim as they are written, with their exact running total. */
final class Ledger {

    private final List<AssessmentLine> lines = new ArrayList<>();
    private BigDecimal total = BigDecimal.ZERO;

    /** Adds a line; {@code rate}, {@code remaining} and {@code reason} may be null. */
    void add(String benefit, Step step, String rule, BigDecimal base, BigDecimal rate, BigDecimal amount,
             BigDecimal remaining, AssessmentReason reason) {
        lines.add(new AssessmentLine(benefit, step, rule, base, Optional.ofNullable(rate), amount,
                Optional.ofNullable(remaining), Optional.ofNullable(reason)));
        total = total.add(amount);
    }

    /** A line paying nothing, adding nothing: which class applied when a diagnosis code lies in two. */
    void note(String benefit, Step step, String rule) {
        add(benefit, step, rule, BigDecimal.ZERO, null, BigDecimal.ZERO, null, null);
    }

    void notPaid(String benefit, String rule, AssessmentReason reason) {
        add(benefit, Step.NOT_PAID, rule, BigDecimal.ZERO, null, BigDecimal.ZERO, null, reason);
    }

    /** Rounds the exact total half-up to the fen, once, and closes the claim; a rounding line only when it changes it. */
    Assessment close(ClaimType type, PlanYear year, List<AssessmentReason> refusals) {
        BigDecimal payable = total.setScale(2, RoundingMode.HALF_UP);
        if (!lines.isEmpty() && payable.compareTo(total) != 0) {
            add("", Step.ROUNDING, "HALF_UP", total, null, payable.subtract(total), null, null);
        }
        List<AssessmentReason> reasons = new ArrayList<>(refusals);
        lines.forEach(line -> line.reason().filter(reason -> !reasons.contains(reason)).ifPresent(reasons::add));
        return new Assessment(type, year, payable, lines, reasons);
    }

    static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static BigDecimal times(BigDecimal amount, int shares) {
        return amount.multiply(BigDecimal.valueOf(shares));
    }
}
