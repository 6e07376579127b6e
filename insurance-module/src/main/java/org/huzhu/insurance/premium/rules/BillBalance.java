package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.huzhu.insurance.ledger.Money;

/** What is paid and still owed on one bill. */
public record BillBalance(String billId, String unitId, LocalDate issuedOn, BigDecimal total, BigDecimal paid) {

    public BillBalance {
        Objects.requireNonNull(billId, "billId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(issuedOn, "issuedOn");
        total = Money.fen(total);
        paid = Money.fen(paid);
        if (paid.signum() < 0 || paid.compareTo(total) > 0) {
            throw new IllegalArgumentException("Paid " + paid + " outside 0.." + total + " on bill " + billId);
        }
    }

    public static BillBalance unpaid(PremiumBill bill) {
        return new BillBalance(bill.billId(), bill.unitId(), bill.issuedOn(), bill.total(), Money.ZERO);
    }

    public BigDecimal outstanding() {
        return total.subtract(paid);
    }

    /** PAID only when fully covered; a bill of zero is paid. */
    public BillStatus status() {
        return BillStatus.of(total, paid);
    }

    /** Cover is in force only for enrolments on a PAID bill (see also {@link Lapse} for the deadline). */
    public boolean coverInForce() {
        return status() == BillStatus.PAID;
    }

    BillBalance plus(BigDecimal amount) {
        return new BillBalance(billId, unitId, issuedOn, total, paid.add(amount));
    }
}
