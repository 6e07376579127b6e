package org.huzhu.insurance.enrolment.rules;

import java.util.List;

import org.huzhu.insurance.api.enrolment.EnrolmentListView;

/**
 * What an upload did: rows read and accepted, every refused row with its number, field and reason, how many
 * members were newly registered or updated, and the list it created (absent when nothing was written).
 */
public record ImportReport(int rowsRead, int rowsAccepted, List<LineProblem> problems, int membersRegistered, int membersUpdated,
                           EnrolmentListView list) {

    public boolean applied() {
        return list != null;
    }
}
