package org.huzhu.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The association's time: every "today", "this month" and "now" of the application comes from here, in
 * Asia/Shanghai. One bean, injected wherever a date is needed, so that tests, benchmarks and as-of runs can
 * choose the date by replacing this bean (a CDI alternative that overrides {@link #clock()}). In evaluation mode only,
 * and only while its demo data loads, {@link DemoTime} may set it in the past; otherwise it is the system clock.
 */
@ApplicationScoped
public class BusinessClock {

    /** The association works in Shanghai time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Set only while evaluation mode loads its demo data (absent where the bean is made by hand, as in unit tests). */
    @Inject
    DemoTime demoTime;

    /** The clock every other method reads; the system clock in Shanghai time (the demo loader's, while it loads). */
    protected Clock clock() {
        Clock demo = demoTime == null ? null : demoTime.clock();
        return demo != null ? demo : Clock.system(ZONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public YearMonth month() {
        return YearMonth.now(clock());
    }

    /** Local date and time in Shanghai, for records such as "recorded at". */
    public LocalDateTime now() {
        return LocalDateTime.now(clock());
    }

    public OffsetDateTime offsetNow() {
        return OffsetDateTime.now(clock());
    }

    public Instant instant() {
        return clock().instant();
    }

    /** {@link #now()} as a JDBC timestamp (a local date-time, as the tables store it). */
    public Timestamp timestamp() {
        return Timestamp.valueOf(now());
    }

    /** Whether the month has ended: its last day is over. Revenue of a month is earned only once it has. */
    public boolean hasEnded(YearMonth month) {
        return month.isBefore(month());
    }
}
