package org.huzhu.members.api;

import java.time.LocalDate;

/** CDI event fired inside the transaction that records a retirement, a departure, a move or a death. */
public record MemberStatusChanged(long memberId, String residentId, MemberEventKind kind, LocalDate effectiveDate,
                                  String unitCode, String otherUnitCode) {
}
