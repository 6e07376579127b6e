package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;

/**
 * Where a bill stands; the same four values as the database's {@code bill_status_known}. Only a PAID bill puts its
 * enrolments' cover in force. UNPAID, PARTIALLY_PAID and PAID follow from the amounts ({@link #of}, the one rule
 * every path uses); LAPSED is the nightly lapse's decision on a bill not paid in full by its payment date, and no
 * later amount changes it.
 */
public enum BillStatus {
    UNPAID, PARTIALLY_PAID, PAID, LAPSED;

    /** PAID only when the whole total is received (a bill of zero is paid); nothing received is UNPAID. */
    public static BillStatus of(BigDecimal total, BigDecimal paid) {
        if (paid.compareTo(total) == 0) {
            return PAID;
        }
        return paid.signum() == 0 ? UNPAID : PARTIALLY_PAID;
    }

    /** Still waiting for money, so it may lapse. */
    public boolean open() {
        return this == UNPAID || this == PARTIALLY_PAID;
    }
}
