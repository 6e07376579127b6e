package org.huzhu.claims.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.insurance.api.rules.PlanRules;

/**
 * Whether the claim can be paid at all: a paid (not void) enrolment, cover in force on the cover date,
 * the waiting period over, and the claim filed within the version's time limit.
 */
final class CoverCheck {

    private CoverCheck() {
    }

    /** The reasons refusing the whole claim; empty when it may be assessed. */
    static List<AssessmentReason> refusals(PlanRules rules, EnrolmentFacts enrolment, ClaimFacts claim) {
        if (!enrolment.premiumPaid()) {
            return List.of(AssessmentReason.of(ReasonCode.PREMIUM_UNPAID, enrolment.coverStart(), enrolment.coverEnd()));
        }
        List<AssessmentReason> refusals = new ArrayList<>();
        LocalDate date = claim.coverDate();
        if (!enrolment.covers(date)) {
            refusals.add(AssessmentReason.of(ReasonCode.NO_COVER_ON_DATE, date, enrolment.coverStart(),
                    enrolment.coverEnd()));
        } else {
            int months = rules.cover().waitingPeriodMonths();
            LocalDate firstPayable = firstPayableDay(enrolment.continuousCoverStart(), months);
            if (date.isBefore(firstPayable)) {
                refusals.add(AssessmentReason.of(ReasonCode.WAITING_PERIOD, date, firstPayable, months));
            }
        }
        int limit = rules.claimTimeLimitMonths();
        LocalDate lastDay = claim.accountingDate().plusMonths(limit);
        if (claim.receivedOn().isAfter(lastDay)) {
            refusals.add(AssessmentReason.of(ReasonCode.LATE_CLAIM, claim.receivedOn(), lastDay, limit,
                    claim.accountingDate()));
        }
        return refusals;
    }

    /**
     * The first day a waiting period of whole months lets through: continuous cover start plus the months
     * (1 May + 3 months = 1 August). From the 31st, a shorter month ends on its last day (31 January + 1
     * month = 28 or 29 February).
     */
    static LocalDate firstPayableDay(LocalDate continuousCoverStart, int waitingMonths) {
        return continuousCoverStart.plusMonths(waitingMonths);
    }
}
