package org.huzhu.insurance.api.enrolment;

import java.util.Objects;

import org.huzhu.insurance.api.rules.PlanRules;

/** A plan version with its parsed rules. */
public record VersionRules(long planVersionId, String planCode, String versionCode, PlanRules rules) {

    public VersionRules {
        Objects.requireNonNull(rules, "rules");
    }
}
