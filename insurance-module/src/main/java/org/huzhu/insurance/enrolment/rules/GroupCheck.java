package org.huzhu.insurance.enrolment.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.huzhu.insurance.api.Reason;
import org.huzhu.platform.api.DomainException;

/**
 * The group rule applied to one unit, with the figures to show: eligible headcount, people enrolled, the
 * number required and the enrolled percentage (one decimal, half-up).
 */
public record GroupCheck(int eligible, int enrolled, int required, BigDecimal percentage, Optional<Reason> refusal) {

    public GroupCheck {
        Objects.requireNonNull(percentage, "percentage");
        Objects.requireNonNull(refusal, "refusal");
    }

    public boolean met() {
        return refusal.isEmpty();
    }

    /** Throws the refusal, figures included, as a domain error (422) when the rule is not met. */
    public void requireMet() {
        refusal.ifPresent(reason -> {
            throw reason.exception(DomainException.Kind.UNPROCESSABLE);
        });
    }
}
