package org.huzhu.claims.intake.rules;

/**
 * Why an officer rejects a claim, or why the rules refused it; the texts are {@code reject.<name>} in the claims bundle.
 */
public enum RejectReason {
    NOT_COVERED, NO_COVER, WAITING_PERIOD, LATE_CLAIM, PREMIUM_UNPAID, DOCUMENTS_MISSING, DIAGNOSIS_NOT_CONFIRMED,
    DIAGNOSIS_OUTSIDE_CLASS, ALREADY_PAID_IN_CYCLE, DUPLICATE_CLAIM, NOTHING_PAYABLE, REVERSED, OTHER
}
