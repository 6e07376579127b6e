package org.huzhu.insurance.ledger;

/** The business event an entry records. */
public enum EntryKind {
    BILL_ISSUED, PAYMENT_RECEIVED, CREDIT_APPLIED, PREMIUM_EARNED, ENROLMENT_VOIDED, MEMBER_LEFT, REFUND_PAID, REVERSAL
}
