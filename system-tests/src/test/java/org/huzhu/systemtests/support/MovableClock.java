package org.huzhu.systemtests.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.huzhu.platform.api.BusinessClock;

/**
 * The business clock of an in-container test deployment (add this class to the archive): it runs with the system
 * clock, moved by whole days when a test sends the application to another date, so that a month can end, a
 * payment can fall due or a bill can lapse without waiting for the calendar.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock extends BusinessClock {

    private volatile Clock clock = Clock.system(ZONE);

    @Override
    protected Clock clock() {
        return clock;
    }

    /** From now on the application's today is {@code day}; the time of day keeps running. */
    public void moveTo(LocalDate day) {
        long days = day.toEpochDay() - LocalDate.now(Clock.system(ZONE)).toEpochDay();
        clock = Clock.offset(Clock.system(ZONE), Duration.ofDays(days));
    }

    /** Back to the calendar. */
    public void reset() {
        clock = Clock.system(ZONE);
    }
}
