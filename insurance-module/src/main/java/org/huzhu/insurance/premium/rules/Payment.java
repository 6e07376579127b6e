package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.ledger.Money;
import org.huzhu.platform.api.DomainException;

/** Money received from a unit (or the hardship fund on its behalf) for premium. */
public record Payment(String paymentId, String unitId, LocalDate receivedOn, BigDecimal amount, PaymentSource source) {

    public Payment {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(source, "source");
        if (amount.signum() <= 0 || !Money.isWholeFen(amount)) {
            throw Reason.of("premium.payment.amount", amount.toPlainString()).exception(DomainException.Kind.INVALID);
        }
        amount = Money.fen(amount);
    }

    public static Payment byBank(String paymentId, String unitId, LocalDate receivedOn, BigDecimal amount) {
        return new Payment(paymentId, unitId, receivedOn, amount, PaymentSource.BANK);
    }
}
