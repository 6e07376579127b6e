package org.huzhu.insurance.api.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.Sex;

/**
 * Who may join: the employment statuses admitted, an age limit by sex (the age on the period start must be
 * below it; a sex without entry has no limit), whether membership of the basic medical insurance is required,
 * and whether model workers (劳模) are always enrolled.
 */
public record EligibilityRule(Set<EmploymentStatus> employment, Map<Sex, Integer> maxAgeExclusive,
                              boolean basicInsuranceRequired, boolean modelWorkersAlwaysEnrolled) {

    public EligibilityRule {
        employment = Set.copyOf(employment);
        maxAgeExclusive = Map.copyOf(maxAgeExclusive);
    }

    public Optional<Integer> maxAgeExclusive(Sex sex) {
        return Optional.ofNullable(maxAgeExclusive.get(sex));
    }
}
