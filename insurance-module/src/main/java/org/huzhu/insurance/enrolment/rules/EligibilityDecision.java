package org.huzhu.insurance.enrolment.rules;

import java.util.Objects;
import java.util.Optional;

import org.huzhu.insurance.api.Reason;
import org.huzhu.platform.api.DomainException;

/**
 * Eligible or refused with a reason. An eligible model worker under a version that always enrols model
 * workers is {@code alwaysEnrolled}: the unit cannot leave them off its list.
 */
public record EligibilityDecision(Optional<Reason> refusal, boolean alwaysEnrolled) {

    public EligibilityDecision {
        Objects.requireNonNull(refusal, "refusal");
    }

    public static EligibilityDecision eligible(boolean alwaysEnrolled) {
        return new EligibilityDecision(Optional.empty(), alwaysEnrolled);
    }

    public static EligibilityDecision refused(Reason reason) {
        return new EligibilityDecision(Optional.of(reason), false);
    }

    public boolean eligible() {
        return refusal.isEmpty();
    }

    /** Throws the refusal as a domain error (422) when not eligible. */
    public void requireEligible() {
        refusal.ifPresent(reason -> {
            throw reason.exception(DomainException.Kind.UNPROCESSABLE);
        });
    }
}
