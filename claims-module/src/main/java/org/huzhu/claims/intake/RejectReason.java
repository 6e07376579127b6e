package org.huzhu.claims.intake;

/** Why an officer rejects a claim; the texts are {@code reject.<name>} in the claims bundle. */
public enum RejectReason {
    NOT_COVERED, NO_COVER, WAITING_PERIOD, LATE_CLAIM, PREMIUM_UNPAID, DOCUMENTS_MISSING, DIAGNOSIS_NOT_CONFIRMED,
    DUPLICATE_CLAIM, NOTHING_PAYABLE, REVERSED, OTHER
}
