package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** The most a benefit (or a cap group) pays in a plan year. */
public record Cap(BigDecimal amount, CapBasis per) {

    public Cap {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(per, "per");
    }

    /** The cap in yuan for a member holding the given number of shares. */
    public BigDecimal forShares(int shares) {
        return per == CapBasis.SHARE_PER_YEAR ? amount.multiply(BigDecimal.valueOf(shares)) : amount;
    }
}
