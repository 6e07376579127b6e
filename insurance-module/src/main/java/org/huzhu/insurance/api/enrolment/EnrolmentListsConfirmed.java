package org.huzhu.insurance.api.enrolment;

import java.time.LocalDate;
import java.util.List;

/**
 * CDI event fired inside the transaction that confirms several lists of one plan version at once (a bulk
 * confirmation) and creates their enrolments: premium accounting bills every list of it, in list order, as it does
 * one list on {@link EnrolmentListConfirmed}.
 */
public record EnrolmentListsConfirmed(List<Long> listIds, long planVersionId, LocalDate confirmedOn) {

    public EnrolmentListsConfirmed {
        listIds = List.copyOf(listIds);
    }
}
