package org.huzhu.insurance.api.enrolment;

import java.time.LocalDate;
import java.util.Objects;

import org.huzhu.insurance.api.rules.PlanRules;

/**
 * One enrolment as claims see it: ids, the version and its rules, shares, the first and last day of cover
 * (the day it ended when the member left early), the start of continuous cover (the waiting period runs from
 * it), whether the premium was paid (an unpaid or lapsed enrolment is void) and the enrolment's status.
 */
public record CoverRecord(long enrolmentId, long memberId, String residentId, String unitCode, long planVersionId,
                          String planCode, String versionCode, int shares, LocalDate coverStart, LocalDate coverEnd,
                          LocalDate continuousFrom, boolean premiumPaid, String status, PlanRules rules) {

    public CoverRecord {
        Objects.requireNonNull(coverStart, "coverStart");
        Objects.requireNonNull(coverEnd, "coverEnd");
        Objects.requireNonNull(continuousFrom, "continuousFrom");
        Objects.requireNonNull(rules, "rules");
    }
}
