package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huzhu.insurance.api.Reason;
import org.huzhu.platform.api.DomainException;

/**
 * Puts a payment against a unit's bills. Oldest first: each open bill in turn, oldest issue date first, gets
 * as much as it still owes. To a chosen bill: that bill gets up to what it owes. Either way, what is left
 * over becomes the unit's credit; a partial payment leaves the last bill it reached PARTIALLY_PAID. Nothing
 * is rounded: payments are in whole fen and are only moved, never divided.
 *
 * <p>The allocator only computes; {@link UnitAccount#apply} records the result.</p>
 */
public final class PaymentAllocator {

    private PaymentAllocator() {
    }

    public static PaymentAllocation oldestFirst(UnitAccount account, Payment payment) {
        checkNew(account, payment);
        return allocate(account, payment, account.openBills());
    }

    public static PaymentAllocation toBill(UnitAccount account, Payment payment, String billId) {
        checkNew(account, payment);
        BillBalance bill = account.bill(billId).orElseThrow(() -> Reason.of("premium.payment.unknownBill", billId,
                account.unitId()).exception(DomainException.Kind.NOT_FOUND));
        if (bill.status() == BillStatus.PAID) {
            throw Reason.of("premium.payment.billPaid", billId).exception(DomainException.Kind.CONFLICT);
        }
        return allocate(account, payment, List.of(bill));
    }

    /**
     * Undoes a payment (a bounced transfer, a payment keyed against the wrong unit): the same allocations
     * negated, dated {@code on}. Refused when the payment was already reversed, or when the credit it created
     * has since been used.
     */
    public static PaymentAllocation reverse(UnitAccount account, String paymentId, LocalDate on) {
        PaymentAllocation original = account.payment(paymentId).orElseThrow(() -> Reason.of("premium.payment.unknown",
                paymentId, account.unitId()).exception(DomainException.Kind.NOT_FOUND));
        if (account.isReversed(paymentId)) {
            throw Reason.of("premium.payment.alreadyReversed", paymentId).exception(DomainException.Kind.CONFLICT);
        }
        if (account.credit().compareTo(original.toCredit()) < 0) {
            throw Reason.of("premium.payment.creditUsed", paymentId, original.toCredit(), account.credit())
                    .exception(DomainException.Kind.CONFLICT);
        }
        return original.reversed(on);
    }

    private static void checkNew(UnitAccount account, Payment payment) {
        if (!payment.unitId().equals(account.unitId())) {
            throw new IllegalArgumentException("Payment of unit " + payment.unitId() + " offered to unit " + account.unitId());
        }
        if (account.payment(payment.paymentId()).isPresent()) {
            throw Reason.of("premium.payment.twice", payment.paymentId()).exception(DomainException.Kind.CONFLICT);
        }
    }

    private static PaymentAllocation allocate(UnitAccount account, Payment payment, List<BillBalance> bills) {
        BigDecimal left = payment.amount();
        List<Allocation> allocations = new ArrayList<>();
        for (BillBalance bill : bills) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal amount = left.min(bill.outstanding());
            if (amount.signum() > 0) {
                allocations.add(new Allocation(bill.billId(), amount));
                left = left.subtract(amount);
            }
        }
        return new PaymentAllocation(payment.paymentId(), account.unitId(), payment.receivedOn(), payment.source(),
                allocations, left, false);
    }
}
