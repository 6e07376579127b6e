package org.huzhu.platform.api;

import java.time.Instant;

/** One change to an account, as the audit trail keeps it: when, by whom, what ({@link AccountAction}) and a detail. */
public record AccountChangeRecord(Instant at, String by, AccountAction action, String detail) {
}
