package org.huzhu.claims.intake;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands. */
public enum ClaimStatus {
    RECEIVED, ASSESSED, PENDING_DOCUMENTS, SECOND_REVIEW, APPROVED, REJECTED, WITHDRAWN, APPEALED, IN_BATCH, PAID;

    /** Statuses still waiting for an officer's decision. */
    public static final Set<ClaimStatus> OPEN = EnumSet.of(RECEIVED, ASSESSED, PENDING_DOCUMENTS, SECOND_REVIEW, APPEALED);
}
