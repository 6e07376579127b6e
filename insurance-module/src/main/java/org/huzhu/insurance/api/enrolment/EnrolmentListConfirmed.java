package org.huzhu.insurance.api.enrolment;

import java.time.LocalDate;

/**
 * CDI event fired inside the transaction that confirms a list and creates its enrolments: the seam where
 * premium accounting bills the unit and tracks payment.
 */
public record EnrolmentListConfirmed(long listId, String unitCode, long planVersionId, LocalDate confirmedOn) {
}
