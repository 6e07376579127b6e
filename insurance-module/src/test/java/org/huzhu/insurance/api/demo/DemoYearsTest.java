package org.huzhu.insurance.api.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class DemoYearsTest {

    @Test
    void theHistoryIsTheThreeWorkingPlanYearsBeforeTheCurrentOne() {
        DemoYears december = new DemoYears(LocalDate.of(2026, 12, 7));
        assertEquals(LocalDate.of(2026, 7, 1), december.currentPlanYear());
        assertEquals(List.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 7, 1), LocalDate.of(2025, 7, 1)), december.historyPlanYears());
        assertEquals(LocalDate.of(2023, 7, 1), december.historyStart());
        DemoYears may = new DemoYears(LocalDate.of(2027, 5, 31));
        assertEquals(LocalDate.of(2026, 7, 1), may.currentPlanYear(), "June is still the plan year that began last July");
        assertEquals(LocalDate.of(2023, 7, 1), may.historyStart());
    }

    @Test
    void theRetireePlanHasTheTwoCalendarYearsBeforeTheCurrentOne() {
        DemoYears december = new DemoYears(LocalDate.of(2026, 12, 7));
        assertEquals(LocalDate.of(2026, 1, 1), december.currentCalendarYear());
        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), december.historyCalendarYears());
    }

    @Test
    void earningBeginsInTheMonthOfTheFirstPremiumPaid() {
        // the working plans' first list is confirmed on 11 June 2023 and paid on the 16th; the retirees' on 16 December 2023
        assertEquals(YearMonth.of(2023, 6), new DemoYears(LocalDate.of(2026, 12, 7)).firstEarningMonth());
    }
}
