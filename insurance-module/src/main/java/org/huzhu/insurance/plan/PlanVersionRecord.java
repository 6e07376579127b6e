package org.huzhu.insurance.plan;

import org.huzhu.insurance.api.rules.PlanRules;

/** A plan version as the enrolment and premium code needs it: its identity and its parsed rules. */
public record PlanVersionRecord(long id, long planId, String planCode, String planKind, String versionCode, PlanRules rules) {
}
