package org.huzhu.insurance.ledger;

/** The business event an entry records. */
public enum EntryKind {
    BILL_ISSUED, PAYMENT_RECEIVED, CREDIT_APPLIED, PREMIUM_EARNED, ENROLMENT_VOIDED, MEMBER_LEFT, REFUND_PAID, REVERSAL,
    /** The benefits a bank return confirmed paid; the reference is the payment batch's id. */
    BENEFITS_PAID,
    /** A paid claim reversed: what it was paid becomes recoverable; the reference is the claim's id. */
    BENEFIT_REVERSED
}
