package org.huzhu.reports.api;

import java.util.Locale;

import org.huzhu.members.api.access.Caller;

/**
 * A claim's decision letter (PDF, Chinese or English): the member, the claim, the decision, the amounts and the
 * explanation lines. Whoever may read the claim may have its letter (the access policy's claim reading: the member
 * their own, an agent their unit's, staff within their organisation); a claim not yet decided has none.
 */
public interface DecisionLetters {

    /** Whether a claim in this status has a letter (approved, rejected, refused by the rules, in a payment batch or paid). */
    static boolean decided(String status) {
        return java.util.Set.of("APPROVED", "REJECTED", "REFUSED", "IN_BATCH", "PAID").contains(status);
    }

    /** The letter, Chinese unless English is asked for; 409 {@code letter.notDecided} for a claim not yet decided. */
    byte[] pdf(Caller caller, long claimId, Locale locale);
}
