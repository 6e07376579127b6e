package org.huzhu.insurance.rules;

import java.time.LocalDate;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.CoverStartRule;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.platform.api.DomainException;

/**
 * The dates of one enrolment under a plan version: when cover starts, by when the premium must be paid, and
 * from which date benefits are payable after the waiting period.
 */
public final class CoverDates {

    private final PlanRules rules;

    public CoverDates(PlanRules rules) {
        this.rules = rules;
    }

    /**
     * Lists confirmed before the period starts are covered from the period start; a mid-period joiner from
     * the day after the district union confirms the list. A list confirmed on the last day of the period or
     * later gives no cover in this version.
     */
    public LocalDate coverStart(LocalDate confirmedOn) {
        if (rules.cover().midPeriodStart() != CoverStartRule.DAY_AFTER_CONFIRMATION) {
            throw new IllegalStateException("Unknown cover start rule " + rules.cover().midPeriodStart());
        }
        LocalDate dayAfter = confirmedOn.plusDays(1);
        LocalDate start = dayAfter.isBefore(rules.period().start()) ? rules.period().start() : dayAfter;
        if (start.isAfter(rules.period().end())) {
            throw Reason.of("cover.confirmedTooLate", confirmedOn, rules.period().end())
                    .exception(DomainException.Kind.UNPROCESSABLE);
        }
        return start;
    }

    /** The last day on which the premium may be paid; unpaid enrolments are void from the start. */
    public LocalDate paymentDeadline(LocalDate confirmedOn) {
        return confirmedOn.plusDays(rules.cover().paymentDueDays());
    }

    public boolean paidInTime(LocalDate confirmedOn, LocalDate paidOn) {
        return !paidOn.isAfter(paymentDeadline(confirmedOn));
    }

    /**
     * The first service date on which benefits are payable: the start of continuous cover plus the waiting
     * period in months. Month ends follow the calendar: 31 January plus one month is the last day of
     * February.
     */
    public LocalDate firstPayableDate(LocalDate continuousCoverStart) {
        return continuousCoverStart.plusMonths(rules.cover().waitingPeriodMonths());
    }

    public boolean payable(LocalDate serviceDate, LocalDate continuousCoverStart) {
        return !serviceDate.isBefore(firstPayableDate(continuousCoverStart));
    }
}
