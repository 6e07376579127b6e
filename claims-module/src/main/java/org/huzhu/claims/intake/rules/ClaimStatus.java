package org.huzhu.claims.intake.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim stands. REFUSED: the rules refused it as a whole when it was assessed (no cover, waiting period, premium
 * unpaid, too late, a diagnosis outside its class, already paid in the cycle), with that reason; REJECTED: an officer did.
 */
public enum ClaimStatus {
    RECEIVED, ASSESSED, PENDING_DOCUMENTS, SECOND_REVIEW, APPROVED, REJECTED, REFUSED, WITHDRAWN, APPEALED, IN_BATCH, PAID;

    /** Statuses still waiting for an officer's decision. */
    public static final Set<ClaimStatus> OPEN = EnumSet.of(RECEIVED, ASSESSED, PENDING_DOCUMENTS, SECOND_REVIEW, APPEALED);
}
