package org.huzhu.insurance.enrolment.rules;

import java.util.Optional;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.EligibilityRule;
import org.huzhu.insurance.api.rules.PlanRules;

/**
 * Decides whether a member may enrol in a plan version: employment status, age on the period start date
 * (whole years completed) below the version's limit for the member's sex, and basic-insurance membership
 * where required. The first failed condition is the reason.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static EligibilityDecision decide(PlanRules rules, Applicant applicant) {
        EligibilityRule rule = rules.eligibility();
        if (!rule.employment().contains(applicant.status())) {
            return EligibilityDecision.refused(Reason.of("eligibility.employmentStatus", applicant.status().name()));
        }
        int age = rules.period().ageAtStart(applicant.birthDate());
        Optional<Integer> limit = rule.maxAgeExclusive(applicant.sex());
        if (limit.isPresent() && age >= limit.get()) {
            return EligibilityDecision.refused(Reason.of("eligibility.tooOld", age, limit.get(), rules.period().start()));
        }
        if (rule.basicInsuranceRequired() && !applicant.basicInsurance()) {
            return EligibilityDecision.refused(Reason.of("eligibility.basicInsuranceRequired"));
        }
        return EligibilityDecision.eligible(rule.modelWorkersAlwaysEnrolled() && applicant.modelWorker());
    }
}
