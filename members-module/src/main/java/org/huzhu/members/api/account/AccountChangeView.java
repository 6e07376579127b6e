package org.huzhu.members.api.account;

import java.time.Instant;

/** One row of an account's audit trail: when, by whom, the action code and a detail. */
public record AccountChangeView(Instant at, String by, String action, String detail) {
}
