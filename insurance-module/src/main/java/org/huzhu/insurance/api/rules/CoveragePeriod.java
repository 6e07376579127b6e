package org.huzhu.insurance.api.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The coverage period of a version, both dates inclusive: one plan year or a cycle of several years. */
public record CoveragePeriod(LocalDate start, LocalDate end, int cycleYears) {

    public CoveragePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * The first day of the plan year that contains the date: the k-th year counted from the period's start (the
     * one rule of plan years: limits, deductibles and caps accumulate from it).
     */
    public LocalDate yearStartOf(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(date + " is outside the coverage period " + this);
        }
        return start.plusYears(Period.between(start, date).getYears());
    }

    /** Number of days in the period, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Whole years completed on the period start date, the age used for eligibility and premium tiers. A
     * member born on the period start date 55 years earlier is 55. Someone born on 29 February completes a
     * year on 1 March in common years.
     */
    public int ageAtStart(LocalDate birthDate) {
        return Period.between(birthDate, start).getYears();
    }
}
