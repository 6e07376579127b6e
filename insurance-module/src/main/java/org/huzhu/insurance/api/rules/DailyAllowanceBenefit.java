package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** An allowance per day in hospital per share, for at most {@code maxDays} days in a plan year. */
public record DailyAllowanceBenefit(String code, BigDecimal amountPerDayPerShare, int maxDays) implements BenefitRule {

    public DailyAllowanceBenefit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amountPerDayPerShare, "amountPerDayPerShare");
    }
}
