package org.huzhu.claims.assessment;

import static org.huzhu.claims.assessment.SeedPlans.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.huzhu.claims.api.assessment.PlanYear;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which plan year of a version's coverage period a date falls in. */
class PlanYearTest {

    private final CoveragePeriod threeYears = new CoveragePeriod(date("2000-07-01"), date("2003-06-30"), 3);

    @ParameterizedTest(name = "{0} is in {1}..{2}")
    @CsvSource({
            "2000-07-01, 2000-07-01, 2001-06-30",
            "2001-06-30, 2000-07-01, 2001-06-30",
            "2001-07-01, 2001-07-01, 2002-06-30",
            "2003-06-30, 2002-07-01, 2003-06-30",
    })
    void aMultiYearPeriodHasOnePlanYearPerYear(String date, String start, String end) {
        assertEquals(new PlanYear(date(start), date(end)), PlanYear.containing(threeYears, date(date)));
    }

    @ParameterizedTest
    @CsvSource({"2000-06-30", "2003-07-01"})
    void aDateOutsideThePeriodHasNoPlanYear(String date) {
        assertThrows(IllegalArgumentException.class, () -> PlanYear.containing(threeYears, date(date)));
    }
}
