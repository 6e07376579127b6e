package org.huzhu.insurance.api.ledger;

import java.math.BigDecimal;

/**
 * What the claims module books in the association's journal: the benefits a bank confirmed paid, and what a paid claim
 * that is reversed takes back. Each call posts one entry, dated today, in the caller's transaction, so that the claims'
 * change and its entry are kept or lost together; a closed month refuses it (409) and nothing of the call is kept.
 */
public interface BenefitLedger {

    /** The lines of a payment batch that a bank return confirmed paid, {@code paid} their sum (nothing is posted for 0). */
    void benefitsPaid(long paymentBatchId, BigDecimal paid, String user);

    /** A claim reversed after it was paid {@code paid} (nothing is posted for 0): that amount is now to be recovered. */
    void paidClaimReversed(long claimId, BigDecimal paid, String user);
}
