package org.huzhu.claims.intake.rules;

import java.util.Optional;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.insurance.api.rules.PlanRules;

/**
 * Whether the rules refuse a claim as a whole: it pays nothing, gives a reason, and adds nothing to the member's plan
 * year (no self-pay towards the deductible or bands, no days, no lump sum). Such a claim is REFUSED at once with its first
 * reason; a claim below the deductible or above a cap still counts in the year and waits for a decision.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Optional<RejectReason> of(Assessment result, PlanRules rules, Optional<SettlementSheet> sheet) {
        if (result.payable().signum() != 0 || result.reasons().isEmpty()) {
            return Optional.empty();
        }
        boolean counts = Contribution.of(result, rules, sheet).stream().anyMatch(c -> c.inScope().signum() != 0
                || c.paid().signum() != 0 || c.days() != 0 || c.earlyStage().signum() != 0 || c.mainSum().signum() != 0);
        if (counts) {
            return Optional.empty();
        }
        return Optional.of(reason(result.reasons().get(0).code()));
    }

    /** The rejection reason a refusal is recorded with. */
    static RejectReason reason(ReasonCode code) {
        return switch (code) {
            case PREMIUM_UNPAID -> RejectReason.PREMIUM_UNPAID;
            case NO_COVER_ON_DATE -> RejectReason.NO_COVER;
            case WAITING_PERIOD -> RejectReason.WAITING_PERIOD;
            case LATE_CLAIM -> RejectReason.LATE_CLAIM;
            case DIAGNOSIS_OUTSIDE_CLASS, STAGE_REQUIRED -> RejectReason.DIAGNOSIS_OUTSIDE_CLASS;
            case ALREADY_PAID_IN_CYCLE -> RejectReason.ALREADY_PAID_IN_CYCLE;
            case NOT_COVERED, OVERLAPPING_STAY -> RejectReason.NOT_COVERED;
            case BELOW_DEDUCTIBLE, CAP_REACHED -> RejectReason.NOTHING_PAYABLE;
        };
    }
}
