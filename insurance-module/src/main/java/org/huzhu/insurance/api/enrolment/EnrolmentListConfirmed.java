package org.huzhu.insurance.api.enrolment;

import java.time.LocalDate;

/**
 * One confirmed list. Kept for the modules compiled against it, but no longer fired: every confirmation, of one list
 * too, fires {@link EnrolmentListsConfirmed}, the one seam where premium accounting bills the units.
 */
public record EnrolmentListConfirmed(long listId, String unitCode, long planVersionId, LocalDate confirmedOn) {
}
