package org.huzhu.insurance.api.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One plan a member is enrolled in, as of a date: version, shares, cover dates, the first date benefits are
 * payable after the waiting period, premium status and the remaining annual limits (filled by claims).
 */
public record CoverageView(String planCode, String planName, String versionCode, String unitCode, int shares,
                           LocalDate coverStart, LocalDate coverEnd, LocalDate waitingPeriodEnd, boolean inWaitingPeriod,
                           String premiumStatus, LocalDate paymentDue, CoverStatus status, List<RemainingLimit> remainingLimits) {

    /** What is left of an annual limit in the plan year containing the date. */
    public record RemainingLimit(String code, BigDecimal limit, BigDecimal used, BigDecimal remaining) {
    }
}
