package org.huzhu.claims.api.assessment;

import java.time.LocalDate;
import java.util.Objects;

import org.huzhu.insurance.api.rules.CoveragePeriod;

/**
 * The stretch of time whose amounts accumulate together, both ends inclusive: a plan year of a version's
 * coverage period (for deductibles, bands and caps), or the whole cycle (for once-per-cycle lump sums).
 */
public record PlanYear(LocalDate start, LocalDate end) {

    public PlanYear {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The plan year of the period that contains the date ({@link CoveragePeriod#yearStartOf}) to its end. */
    public static PlanYear containing(CoveragePeriod period, LocalDate date) {
        LocalDate start = period.yearStartOf(date);
        LocalDate end = start.plusYears(1).minusDays(1);
        return new PlanYear(start, end.isAfter(period.end()) ? period.end() : end);
    }

    /** The whole coverage period, the cycle of a lump-sum benefit. */
    public static PlanYear cycle(CoveragePeriod period) {
        return new PlanYear(period.start(), period.end());
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
