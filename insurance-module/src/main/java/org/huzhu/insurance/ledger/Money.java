package org.huzhu.insurance.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money in yuan as {@link BigDecimal} with two decimals (fen). Every rounding in premium and ledger accounting
 * goes through {@link #round}: half-up to the fen, applied once at the point each class documents.
 */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    public static final BigDecimal FEN = new BigDecimal("0.01");

    private Money() {
    }

    /** Rounds an exact amount half-up to the fen. */
    public static BigDecimal round(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }

    /** An amount already in whole fen, brought to scale 2; anything finer than a fen is a programming error. */
    public static BigDecimal fen(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Not a whole number of fen: " + amount, e);
        }
    }

    public static boolean isWholeFen(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }
}
