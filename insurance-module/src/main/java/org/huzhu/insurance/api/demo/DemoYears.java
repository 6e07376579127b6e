package org.huzhu.insurance.api.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The plan years of evaluation mode's demo data, seen from today: the current ones (the working plans run July to June,
 * the retiree plan calendar years), and the history before them that the demo loaders make, through the modules' own
 * code, at the dates it happened on: the working plans' three plan years before the current one, the retiree plan's two
 * calendar years before the current one (its members joined in January of the first, with the plan's waiting period).
 * Claims of the history begin with it, so the monthly summary of any recent month has three years behind it.
 */
public record DemoYears(LocalDate today) {

    /** How many plan years of the working plans come before the current one. */
    public static final int HISTORY_PLAN_YEARS = 3;
    /**
     * The loss ratio the demo's plan years are priced for (expected claims per yuan of premium): an association
     * prices its mutual-aid plans to pay out most of what it collects. Illustrative; the monthly summary's
     * Bornhuetter–Ferguson months take it as their a-priori.
     */
    public static final java.math.BigDecimal PRICED_LOSS_RATIO = new java.math.BigDecimal("0.90");
    /** How many calendar years of the retiree plan come before the current one. */
    public static final int HISTORY_CALENDAR_YEARS = 2;
    /** Units confirm their list this many days before the plan year starts and pay five days later. */
    public static final int CONFIRMED_DAYS_BEFORE = 20;
    public static final int PAID_DAYS_AFTER_CONFIRMATION = 5;

    /** The first day of the working plans' current plan year (July 1). */
    public LocalDate currentPlanYear() {
        return LocalDate.of(today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1, 7, 1);
    }

    /** The first day of the retiree plan's current year (January 1). */
    public LocalDate currentCalendarYear() {
        return LocalDate.of(today.getYear(), 1, 1);
    }

    /** The working plans' history plan years, oldest first. */
    public List<LocalDate> historyPlanYears() {
        return java.util.stream.IntStream.rangeClosed(1, HISTORY_PLAN_YEARS).mapToObj(back -> currentPlanYear().minusYears(HISTORY_PLAN_YEARS + 1L - back))
                .toList();
    }

    /** The retiree plan's history calendar years, oldest first. */
    public List<LocalDate> historyCalendarYears() {
        return java.util.stream.IntStream.rangeClosed(1, HISTORY_CALENDAR_YEARS)
                .mapToObj(back -> currentCalendarYear().minusYears(HISTORY_CALENDAR_YEARS + 1L - back)).toList();
    }

    /** The first day of the history: the oldest working plan year. */
    public LocalDate historyStart() {
        return historyPlanYears().get(0);
    }

    /** The month whose earning is run first: that of the first payment of the history. */
    public YearMonth firstEarningMonth() {
        LocalDate firstPayment = historyStart().minusDays(CONFIRMED_DAYS_BEFORE).plusDays(PAID_DAYS_AFTER_CONFIRMATION);
        LocalDate firstRetireePayment = historyCalendarYears().get(0).minusDays(CONFIRMED_DAYS_BEFORE).plusDays(PAID_DAYS_AFTER_CONFIRMATION);
        return YearMonth.from(firstPayment.isBefore(firstRetireePayment) ? firstPayment : firstRetireePayment);
    }

    /** The version code of a plan year starting on {@code start}: its year, as the seeded versions are named. */
    public static String versionCode(LocalDate start) {
        return String.valueOf(start.getYear());
    }
}
