package org.huzhu.insurance.api.rules;

import java.util.Objects;

/**
 * Start of cover for mid-period joiners, days after confirmation within which the premium must be paid
 * (unpaid enrolments are void), and the waiting period of new members in whole months.
 */
public record CoverRule(CoverStartRule midPeriodStart, int paymentDueDays, int waitingPeriodMonths) {

    /** Payment due days when a document gives none (Shanghai: 15 days after confirmation). */
    public static final int DEFAULT_PAYMENT_DUE_DAYS = 15;

    public CoverRule {
        Objects.requireNonNull(midPeriodStart, "midPeriodStart");
    }
}
