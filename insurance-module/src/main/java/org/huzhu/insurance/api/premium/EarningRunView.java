package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Progress and figures of the monthly earning of one month: enrolment id ranges done out of the total, the
 * batch status of the latest job execution, premium earned in the month so far, earned to date and unearned
 * at the month end (of the enrolments in force as the runs see them), and the unearned premium reserve in the
 * ledger at the month end and at the end of the month before (its movement is their difference).
 */
public record EarningRunView(String month, String status, String batchStatus, Long executionId, int rangesDone,
                             int rangesTotal, long firstEnrolmentId, long lastEnrolmentId, int rangeSize, long enrolments,
                             BigDecimal earned, BigDecimal earnedToDate, BigDecimal unearned, BigDecimal reserveAtMonthEnd,
                             BigDecimal reserveAtPreviousMonthEnd, BigDecimal reserveMovement, Instant startedAt,
                             Instant finishedAt, List<ByPlanVersion> byPlanVersion) {

    public EarningRunView {
        byPlanVersion = List.copyOf(byPlanVersion);
    }

    public record ByPlanVersion(String planCode, String versionCode, long enrolments, long daysOfCover, BigDecimal earned,
                                BigDecimal earnedToDate, BigDecimal unearned) {
    }
}
