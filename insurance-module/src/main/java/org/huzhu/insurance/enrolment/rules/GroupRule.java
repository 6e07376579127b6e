package org.huzhu.insurance.enrolment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.GroupRequirement;

/**
 * A unit enrols as a group: at least the version's minimum fraction of its eligible headcount, rounded up to
 * a whole person, and everyone when the headcount is at or below the version's small-unit limit.
 */
public final class GroupRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GroupRule() {
    }

    public static int required(GroupRequirement requirement, int eligible) {
        if (eligible <= requirement.allRequiredUpTo()) {
            return eligible;
        }
        return BigDecimal.valueOf(eligible).multiply(requirement.minimumFraction())
                .setScale(0, RoundingMode.CEILING).intValueExact();
    }

    public static GroupCheck check(GroupRequirement requirement, int eligible, int enrolled) {
        if (eligible < 0 || enrolled < 0) {
            throw new IllegalArgumentException("Headcounts cannot be negative: " + eligible + ", " + enrolled);
        }
        int required = required(requirement, eligible);
        BigDecimal percentage = eligible == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(enrolled).multiply(HUNDRED).divide(BigDecimal.valueOf(eligible), 1, RoundingMode.HALF_UP);
        Optional<Reason> refusal;
        if (eligible == 0) {
            refusal = Optional.of(Reason.of("group.noneEligible"));
        } else if (enrolled > eligible) {
            refusal = Optional.of(Reason.of("group.moreEnrolledThanEligible", enrolled, eligible));
        } else if (enrolled < required) {
            BigDecimal threshold = eligible <= requirement.allRequiredUpTo() ? HUNDRED
                    : requirement.minimumFraction().multiply(HUNDRED).stripTrailingZeros();
            refusal = Optional.of(Reason.of("group.belowThreshold", enrolled, eligible, percentage, required, threshold));
        } else {
            refusal = Optional.empty();
        }
        return new GroupCheck(eligible, enrolled, required, percentage, refusal);
    }
}
