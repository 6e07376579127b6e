package org.huzhu.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DemoTimeTest {

    private static BusinessClock clockWith(DemoTime time) {
        BusinessClock clock = new BusinessClock();
        clock.demoTime = time;
        return clock;
    }

    @Test
    void productionCannotMoveTheClock() {
        DemoTime time = new DemoTime();
        assertThrows(IllegalStateException.class, () -> time.open(RuntimeMode.PRODUCTION));
        assertThrows(IllegalStateException.class, () -> time.moveTo(LocalDateTime.of(2023, 7, 1, 9, 0)));
        assertEquals(LocalDate.now(BusinessClock.ZONE), clockWith(time).today());
    }

    @Test
    void theDemoLoaderMovesTheClockOnlyWhileEvaluationModeLoads() {
        DemoTime time = new DemoTime();
        BusinessClock clock = clockWith(time);
        time.open(RuntimeMode.EVALUATION);
        time.moveTo(LocalDateTime.of(2023, 7, 1, 9, 30));
        assertEquals(LocalDate.of(2023, 7, 1), clock.today());
        assertEquals(LocalDateTime.of(2023, 7, 1, 9, 30), clock.now());
        assertTrue(clock.hasEnded(java.time.YearMonth.of(2023, 6)));
        assertFalse(clock.hasEnded(java.time.YearMonth.of(2023, 7)));
        time.close();
        assertEquals(LocalDate.now(BusinessClock.ZONE), clock.today(), "back to the calendar once loaded");
        assertThrows(IllegalStateException.class, () -> time.moveTo(LocalDateTime.of(2023, 7, 1, 9, 30)));
        assertThrows(IllegalStateException.class, () -> time.open(RuntimeMode.EVALUATION), "it opens once, at start-up");
    }

    @Test
    void aClockMadeByHandIsTheCalendar() {
        assertEquals(LocalDate.now(BusinessClock.ZONE), new BusinessClock().today());
    }
}
