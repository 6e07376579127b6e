package org.huzhu.members.api;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a member's history: what, with effect from when, in which unit(s), who recorded it and when. */
public record MemberEventView(MemberEventKind kind, LocalDate effectiveDate, String unitCode, String otherUnitCode,
                              String note, String recordedBy, Instant recordedAt) {
}
