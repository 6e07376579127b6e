package org.huzhu.claims.api;

/** What a reviewer decides on a claim; which of them are open depends on its status and on who asks ({@link Claims#decisions}). */
public enum Decision {
    APPROVE, REJECT, PEND,
    /** Complete a member's request with the coded fields at intake, which assesses it. */
    COMPLETE
}
