package org.huzhu.insurance.premium.rules;

/**
 * Where a payment's money comes from: the association's bank account, or the union hardship fund held in the
 * association's books (a transfer, no bank movement).
 */
public enum PaymentSource {
    BANK, HARDSHIP_FUND
}
