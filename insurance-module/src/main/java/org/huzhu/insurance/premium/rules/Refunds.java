package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.platform.api.DomainException;

/**
 * What a member who leaves the unit or dies mid-period gets back, by the version's refund rule. Cover runs to
 * the end of {@code lastDayOfCover} (the day of death or of leaving); days after it are unused.
 *
 * <ul>
 * <li>NONE: nothing.</li>
 * <li>UNUSED_WHOLE_YEARS (multi-year cycles): the cycle years that begin after the last day of cover (year k
 * runs from the period start plus k years) come back. A member charged the whole-period premium gets
 * premium × unused years / cycle years (60 yuan for a 3-year cycle, leaving in year one: 40 back); a pro-rata
 * joiner, who paid by days, gets premium × days of the unused years / days paid for. A 1-year period has no
 * whole unused year, so nothing comes back.</li>
 * <li>PRO_RATA: premium × unused days / days paid for (the period's days when the whole-period premium was
 * charged, the days of cover for a pro-rata joiner).</li>
 * </ul>
 * The refund is rounded half-up to the fen once; it is never more than the premium charged.
 */
public final class Refunds {

    private Refunds() {
    }

    /**
     * @param premiumCharged the member's line amount on the bill
     * @param coverStart     the member's first day of cover
     * @param lastDayOfCover the day of death or of leaving
     */
    public static BigDecimal refund(PlanRules rules, BigDecimal premiumCharged, LocalDate coverStart, LocalDate lastDayOfCover) {
        CoveragePeriod period = rules.period();
        if (lastDayOfCover.isBefore(coverStart) || lastDayOfCover.isAfter(period.end())) {
            throw Reason.of("premium.refund.outsideCover", lastDayOfCover, coverStart, period.end())
                    .exception(DomainException.Kind.UNPROCESSABLE);
        }
        long paidForDays = PremiumBill.chargedDays(rules, coverStart);
        boolean wholePeriodCharged = paidForDays == period.days();
        // the refund is premium x unused / paidFor, divided and rounded once
        long[] unusedOfPaidFor = switch (rules.refund()) {
            case NONE -> new long[] {0, 1};
            case PRO_RATA -> new long[] {ChronoUnit.DAYS.between(lastDayOfCover, period.end()), paidForDays};
            case UNUSED_WHOLE_YEARS -> {
                int unusedYears = unusedWholeYears(period, lastDayOfCover);
                if (wholePeriodCharged || unusedYears == 0) {
                    yield new long[] {unusedYears, period.cycleYears()};
                }
                LocalDate firstUnused = period.start().plusYears(period.cycleYears() - unusedYears);
                yield new long[] {ChronoUnit.DAYS.between(firstUnused, period.end()) + 1, paidForDays};
            }
        };
        BigDecimal refund = premiumCharged.multiply(BigDecimal.valueOf(unusedOfPaidFor[0]))
                .divide(BigDecimal.valueOf(unusedOfPaidFor[1]), 2, RoundingMode.HALF_UP);
        return refund.min(premiumCharged);
    }

    /** Cycle years whose first day comes after the last day of cover. */
    static int unusedWholeYears(CoveragePeriod period, LocalDate lastDayOfCover) {
        int unused = 0;
        for (int year = 0; year < period.cycleYears(); year++) {
            if (period.start().plusYears(year).isAfter(lastDayOfCover)) {
                unused++;
            }
        }
        return unused;
    }
}
