package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Premium earned in one calendar month for one enrolment (or a sum of them): days of cover in the month,
 * premium earned in the month, earned to the month end, and unearned at the month end (premium − earned to
 * date). Amounts in yuan, two decimals.
 */
public record MonthlyEarning(YearMonth month, long daysOfCover, BigDecimal earned, BigDecimal earnedToDate,
                             BigDecimal unearned) {

    public MonthlyEarning {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(earnedToDate, "earnedToDate");
        Objects.requireNonNull(unearned, "unearned");
    }
}
