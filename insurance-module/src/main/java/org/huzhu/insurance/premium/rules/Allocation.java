package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.util.Objects;

import org.huzhu.insurance.ledger.Money;

/** Part of a payment put against one bill; negative in a reversal. */
public record Allocation(String billId, BigDecimal amount) {

    public Allocation {
        Objects.requireNonNull(billId, "billId");
        amount = Money.fen(amount);
    }
}
