package org.huzhu.insurance.premium.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.rules.CoverDates;

/**
 * The lapse rule: an enrolment whose bill is not PAID within the version's payment days after the district
 * union confirms the list (paymentDueDays, 15 when the document gives none) lapses from its start: it is
 * void, and no claim is paid on it. The deadline day itself is still in time. A payment completing the bill
 * after the deadline does not revive the enrolment.
 */
public final class Lapse {

    private Lapse() {
    }

    /** Where an enrolment stands on a date. */
    public enum Standing {
        /** Confirmed, bill not yet PAID, deadline not passed: no cover yet. */
        AWAITING_PAYMENT,
        /** Bill PAID by the deadline: cover in force from the cover start. */
        IN_FORCE,
        /** Deadline passed without the bill PAID: void from the start. */
        LAPSED
    }

    /**
     * @param confirmedOn  the day the district union confirmed the list
     * @param paidInFullOn the day the bill became PAID, if it has
     * @param on           the day asked about
     */
    public static Standing standing(PlanRules rules, LocalDate confirmedOn, Optional<LocalDate> paidInFullOn, LocalDate on) {
        Objects.requireNonNull(paidInFullOn, "paidInFullOn");
        CoverDates dates = new CoverDates(rules);
        Optional<LocalDate> paidByThen = paidInFullOn.filter(paid -> !paid.isAfter(on));
        if (paidByThen.isPresent() && dates.paidInTime(confirmedOn, paidByThen.get())) {
            return Standing.IN_FORCE;
        }
        return on.isAfter(dates.paymentDeadline(confirmedOn)) ? Standing.LAPSED : Standing.AWAITING_PAYMENT;
    }

    public static boolean lapsed(PlanRules rules, LocalDate confirmedOn, Optional<LocalDate> paidInFullOn, LocalDate on) {
        return standing(rules, confirmedOn, paidInFullOn, on) == Standing.LAPSED;
    }
}
