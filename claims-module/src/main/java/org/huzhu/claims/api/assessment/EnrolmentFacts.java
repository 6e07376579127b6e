package org.huzhu.claims.api.assessment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The member's enrolment in the plan as it stood on the claim's cover date: shares held, the first and last
 * day of cover of this enrolment, the start of continuous cover (the first start when renewals left no gap;
 * the waiting period runs from it), and whether the premium was paid (unpaid enrolments are void).
 */
public record EnrolmentFacts(int shares, LocalDate coverStart, LocalDate continuousCoverStart, LocalDate coverEnd,
                             boolean premiumPaid) {

    public EnrolmentFacts {
        Objects.requireNonNull(coverStart, "coverStart");
        Objects.requireNonNull(continuousCoverStart, "continuousCoverStart");
        Objects.requireNonNull(coverEnd, "coverEnd");
        if (shares < 1) {
            throw new IllegalArgumentException("A member holds at least one share, not " + shares);
        }
        if (continuousCoverStart.isAfter(coverStart)) {
            throw new IllegalArgumentException("Continuous cover cannot start after this cover starts");
        }
        if (coverEnd.isBefore(coverStart)) {
            throw new IllegalArgumentException("Cover cannot end before it starts");
        }
    }

    /** A first enrolment (no earlier continuous cover) with the premium paid. */
    public static EnrolmentFacts paid(int shares, LocalDate coverStart, LocalDate coverEnd) {
        return new EnrolmentFacts(shares, coverStart, coverStart, coverEnd, true);
    }

    public EnrolmentFacts renewedSince(LocalDate continuousStart) {
        return new EnrolmentFacts(shares, coverStart, continuousStart, coverEnd, premiumPaid);
    }

    public EnrolmentFacts unpaid() {
        return new EnrolmentFacts(shares, coverStart, continuousCoverStart, coverEnd, false);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(coverStart) && !date.isAfter(coverEnd);
    }
}
