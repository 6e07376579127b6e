package org.huzhu.claims.api.assessment;

import java.math.BigDecimal;

/** Language-neutral writing of amounts in explanation lines and reasons: exact, no grouping. */
public final class Amounts {

    private Amounts() {
    }

    /** Yuan with at least two decimals, exact: 1000.00, 1234.5675. */
    public static String yuan(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    /** A rate as a percentage: 0.50 is 50%, 0.125 is 12.5%. */
    public static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A count such as days, without decimals. */
    public static String count(BigDecimal count) {
        return count.stripTrailingZeros().toPlainString();
    }
}
