package org.huzhu.platform.api.audit;

import java.time.Instant;

/** One state change: when, who, what (an action code), the object (its type and id) and its state before and after, as JSON text. */
public record AuditEntry(long id, Instant at, String who, String action, String objectType, String objectId, String before, String after) {
}
