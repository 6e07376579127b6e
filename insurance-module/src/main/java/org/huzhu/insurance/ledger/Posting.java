package org.huzhu.insurance.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of a journal entry: an amount in yuan debited or credited to an account. */
public record Posting(Account account, Side side, BigDecimal amount) {

    public Posting {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
    }

    public static Posting debit(Account account, BigDecimal amount) {
        return new Posting(account, Side.DEBIT, amount);
    }

    public static Posting credit(Account account, BigDecimal amount) {
        return new Posting(account, Side.CREDIT, amount);
    }

    /** The amount with debits positive and credits negative. */
    public BigDecimal signed() {
        return side == Side.DEBIT ? amount : amount.negate();
    }

    Posting reversed() {
        return new Posting(account, side.opposite(), amount);
    }
}
