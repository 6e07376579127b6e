package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's premium statement on a date: its bills and payments, what it still owes on open bills, its credit,
 * the balance (owed less credit; negative when the unit is in credit) and the ageing of what it owes.
 */
public record UnitStatementView(String unitCode, LocalDate asOf, List<BillView> bills, List<PaymentView> payments,
                                BigDecimal outstanding, BigDecimal credit, BigDecimal balance, AgeingReport ageing,
                                BigDecimal refundsOwed) {

    public UnitStatementView {
        bills = List.copyOf(bills);
        payments = List.copyOf(payments);
    }
}
