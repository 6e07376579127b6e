package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.huzhu.insurance.ledger.Money;

/**
 * Where one payment went: amounts against bills, and the rest to the unit's credit. A reversal has the same
 * shape with every amount negated, dated when the reversal is made, and {@code reversal} set.
 */
public record PaymentAllocation(String paymentId, String unitId, LocalDate date, PaymentSource source,
                                List<Allocation> allocations, BigDecimal toCredit, boolean reversal) {

    public PaymentAllocation {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        allocations = List.copyOf(allocations);
        toCredit = Money.fen(toCredit);
    }

    /** The whole payment: what went to bills plus what went to credit. */
    public BigDecimal amount() {
        return toBills().add(toCredit);
    }

    public BigDecimal toBills() {
        return allocations.stream().map(Allocation::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    PaymentAllocation reversed(LocalDate on) {
        return new PaymentAllocation(paymentId, unitId, on, source,
                allocations.stream().map(a -> new Allocation(a.billId(), a.amount().negate())).toList(),
                toCredit.negate(), true);
    }
}
