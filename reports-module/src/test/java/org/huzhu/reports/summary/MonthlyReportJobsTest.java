package org.huzhu.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;

import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;

/** A month is valued as at its last day: until that day is over it cannot be reported (422, in Chinese and English). */
class MonthlyReportJobsTest {

    /** 2026-03-31 23:30 in Shanghai. */
    static MonthlyReportJobs onTheLastEveningOfMarch() {
        MonthlyReportJobs jobs = new MonthlyReportJobs();
        jobs.clock = new BusinessClock() {
            @Override
            protected Clock clock() {
                return Clock.fixed(Instant.parse("2026-03-31T15:30:00Z"), ZONE);
            }
        };
        return jobs;
    }

    @Test
    void theMonthNotYetEndedIsRefusedWithTheDayItCanBeReported() {
        DomainException refused = assertThrows(DomainException.class,
                () -> onTheLastEveningOfMarch().start(YearMonth.of(2026, 3), "actuary", null, null, null));
        assertEquals(DomainException.Kind.UNPROCESSABLE, refused.kind());
        assertEquals("The report month 2026-03 has not ended: a month is valued as at its last day, so it can be reported from 2026-04-01.",
                refused.detail(Locale.ENGLISH));
        assertEquals("报告月份 2026-03 尚未结束：月度报告按月末评估，2026-04-01 起才能生成。", refused.detail(Locale.CHINA));
    }

    @Test
    void aMonthToComeIsRefusedToo() {
        DomainException refused = assertThrows(DomainException.class,
                () -> onTheLastEveningOfMarch().start(YearMonth.of(2026, 5), "actuary", null, null, null));
        assertEquals(DomainException.Kind.UNPROCESSABLE, refused.kind());
    }
}
