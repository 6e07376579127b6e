package org.huzhu.claims.api.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of assessing one claim: the amount payable (rounded half-up to the fen, once), the plan year
 * (or cycle) whose amounts the claim adds to, the explanation lines, and the reasons for anything not paid:
 * first the reasons refusing the whole claim (cover, waiting period, premium, time limit), then those of
 * the lines.
 */
public record Assessment(ClaimType claimType, PlanYear planYear, BigDecimal payable, List<AssessmentLine> lines,
                         List<AssessmentReason> reasons) {

    public Assessment {
        Objects.requireNonNull(claimType, "claimType");
        Objects.requireNonNull(planYear, "planYear");
        Objects.requireNonNull(payable, "payable");
        lines = List.copyOf(lines);
        reasons = List.copyOf(reasons);
    }

    public boolean paysNothing() {
        return payable.signum() == 0;
    }

    public Set<ReasonCode> reasonCodes() {
        Set<ReasonCode> codes = new LinkedHashSet<>();
        reasons.forEach(reason -> codes.add(reason.code()));
        return codes;
    }

    /** The same assessment with one more reason (a reason for review found outside the rules), once. */
    public Assessment withReason(AssessmentReason reason) {
        if (reasons.contains(reason)) {
            return this;
        }
        java.util.List<AssessmentReason> more = new java.util.ArrayList<>(reasons);
        more.add(reason);
        return new Assessment(claimType, planYear, payable, lines, more);
    }

    /** The lines of one step, in order. */
    public List<AssessmentLine> lines(Step step) {
        return lines.stream().filter(line -> line.step() == step).toList();
    }
}
