package org.huzhu.platform.api.audit;

import java.time.Instant;

/** One read of personal data: who opened which object (member, claim, document), when. */
public record ReadEntry(long id, Instant at, String who, String objectType, String objectId) {
}
