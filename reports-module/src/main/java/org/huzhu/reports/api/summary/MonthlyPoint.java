package org.huzhu.reports.api.summary;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of the premium and claims series.
 *
 * @param month          the month
 * @param earnedPremium  premium earned in the month
 * @param incurredClaims claims incurred in the month
 * @param lossRatio      incurred / earned, {@code null} without earned premium
 */
public record MonthlyPoint(YearMonth month, BigDecimal earnedPremium, BigDecimal incurredClaims, BigDecimal lossRatio) {

    public MonthlyPoint {
        Objects.requireNonNull(month, "month");
    }
}
