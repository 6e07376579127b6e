package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.huzhu.insurance.ledger.Money;

/**
 * A unit's premium account, immutable: its bills with what is paid on each, the unit's credit (overpayments
 * not yet used), and the payments allocated so far. {@link #apply} gives the account after an allocation.
 */
public final class UnitAccount {

    private final String unitId;
    private final Map<String, BillBalance> bills;
    private final BigDecimal credit;
    private final Map<String, PaymentAllocation> payments;
    private final Set<String> reversed;

    private UnitAccount(String unitId, Map<String, BillBalance> bills, BigDecimal credit,
                        Map<String, PaymentAllocation> payments, Set<String> reversed) {
        this.unitId = unitId;
        this.bills = bills;
        this.credit = credit;
        this.payments = payments;
        this.reversed = reversed;
    }

    public static UnitAccount open(String unitId) {
        return new UnitAccount(Objects.requireNonNull(unitId, "unitId"), Map.of(), Money.ZERO, Map.of(), Set.of());
    }

    public UnitAccount withBill(PremiumBill bill) {
        return withBill(BillBalance.unpaid(bill));
    }

    public UnitAccount withBill(BillBalance bill) {
        if (!bill.unitId().equals(unitId) || bills.containsKey(bill.billId())) {
            throw new IllegalArgumentException("Bill " + bill.billId() + " cannot be added to unit " + unitId);
        }
        Map<String, BillBalance> next = new LinkedHashMap<>(bills);
        next.put(bill.billId(), bill);
        return new UnitAccount(unitId, Map.copyOf(next), credit, payments, reversed);
    }

    public String unitId() {
        return unitId;
    }

    public BigDecimal credit() {
        return credit;
    }

    public Optional<BillBalance> bill(String billId) {
        return Optional.ofNullable(bills.get(billId));
    }

    public Collection<BillBalance> bills() {
        return bills.values();
    }

    /** Bills not yet PAID, oldest first: by issue date, then bill id. */
    public List<BillBalance> openBills() {
        return bills.values().stream().filter(b -> b.status() != BillStatus.PAID)
                .sorted(Comparator.comparing(BillBalance::issuedOn).thenComparing(BillBalance::billId)).toList();
    }

    public Optional<PaymentAllocation> payment(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId));
    }

    public boolean isReversed(String paymentId) {
        return reversed.contains(paymentId);
    }

    /** The account after an allocation (or its reversal) made by {@link PaymentAllocator}. */
    public UnitAccount apply(PaymentAllocation allocation) {
        if (!allocation.unitId().equals(unitId)) {
            throw new IllegalArgumentException("Allocation of unit " + allocation.unitId() + " applied to " + unitId);
        }
        Map<String, BillBalance> nextBills = new LinkedHashMap<>(bills);
        for (Allocation a : allocation.allocations()) {
            nextBills.put(a.billId(), nextBills.get(a.billId()).plus(a.amount()));
        }
        BigDecimal nextCredit = credit.add(allocation.toCredit());
        if (nextCredit.signum() < 0) {
            throw new IllegalArgumentException("Credit would be negative: " + nextCredit);
        }
        Map<String, PaymentAllocation> nextPayments = new LinkedHashMap<>(payments);
        Set<String> nextReversed = new HashSet<>(reversed);
        if (allocation.reversal()) {
            nextReversed.add(allocation.paymentId());
        } else {
            nextPayments.put(allocation.paymentId(), allocation);
        }
        return new UnitAccount(unitId, Map.copyOf(nextBills), nextCredit, Map.copyOf(nextPayments), Set.copyOf(nextReversed));
    }
}
