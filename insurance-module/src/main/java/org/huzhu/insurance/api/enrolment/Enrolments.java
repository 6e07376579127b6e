package org.huzhu.insurance.api.enrolment;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.huzhu.members.api.access.Caller;
import org.huzhu.platform.api.FieldProblem;

/**
 * Enrolment as the web pages use it: uploads, the lists waiting for a decision, and the decisions. Every method asks the
 * access policy about the unit (and list) it finally touches.
 */
public interface Enrolments {

    /** Versions whose coverage period has not ended on the date: the ones units can still enrol into. */
    List<VersionChoice> openVersions(LocalDate date);

    /** Uploads a unit's member list; all or nothing unless {@code validRowsOnly}. */
    UploadOutcome upload(Caller caller, String unitCode, String planCode, String versionCode, InputStream file, String fileName,
                         boolean validRowsOnly, LocalDate joinedOn);

    /** The lists waiting for confirmation of the units the caller may see. */
    List<EnrolmentListView> waiting(Caller caller);

    List<EnrolmentListView> ofUnit(Caller caller, String unitCode);

    EnrolmentListView confirm(Caller caller, long listId, LocalDate confirmedOn);

    EnrolmentListView reject(Caller caller, long listId, String note);

    /**
     * Confirms many lists at once, as confirming them one by one in list order would; lists that cannot be (also those
     * outside the caller's organisation) are reported.
     */
    BulkConfirmation confirmAll(Caller caller, ListSelection selection, LocalDate confirmedOn);

    /** A list, when the caller may read its unit's lists. */
    EnrolmentListView list(Caller caller, long listId);

    /** A list's lines in the order of its file (row number, then resident ID), when the caller may read its unit's lists. */
    List<ListLine> lines(Caller caller, long listId);

    /** One line of a list: the row of the uploaded file (none for a renewal), the member and the shares taken. */
    record ListLine(Integer row, long memberId, String residentId, int shares) {
    }

    /** A plan version open for enrolment, with the plan's name in both languages. */
    record VersionChoice(String planCode, String versionCode, String nameZh, String nameEn, LocalDate periodStart, LocalDate periodEnd) {
    }

    /** One refused row of an upload. */
    record RowProblem(int row, String residentId, FieldProblem problem) {
    }

    /** The outcome of an upload: the list when applied, and every refused row. */
    record UploadOutcome(int rowsRead, int rowsAccepted, int membersRegistered, int membersUpdated, List<RowProblem> problems,
                         EnrolmentListView list) {
        public boolean applied() {
            return list != null;
        }
    }
}
