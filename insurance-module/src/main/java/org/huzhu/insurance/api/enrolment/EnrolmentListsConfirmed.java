package org.huzhu.insurance.api.enrolment;

import java.time.LocalDate;
import java.util.List;

/**
 * CDI event fired inside the transaction that confirms lists of one plan version (one list, or several at once in a
 * bulk confirmation) and creates their enrolments: premium accounting bills every list of it, in list order.
 */
public record EnrolmentListsConfirmed(List<Long> listIds, long planVersionId, LocalDate confirmedOn) {

    public EnrolmentListsConfirmed {
        listIds = List.copyOf(listIds);
    }
}
