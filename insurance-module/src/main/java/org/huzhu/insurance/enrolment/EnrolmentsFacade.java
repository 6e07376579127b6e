package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

import org.huzhu.insurance.api.enrolment.BulkConfirmation;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.enrolment.Enrolments;
import org.huzhu.insurance.api.enrolment.ListSelection;
import org.huzhu.insurance.access.UnitAccess;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.enrolment.rules.ImportReport;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Jdbc;

/** The enrolment services behind the web pages; the same code paths as the REST API. */
@ApplicationScoped
public class EnrolmentsFacade implements Enrolments {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentImport imports;

    @Inject
    EnrolmentLists lists;

    @Inject
    BulkConfirmations bulk;

    @Inject
    UnitAccess access;

    @Override
    public List<VersionChoice> openVersions(LocalDate date) {
        return Jdbc.query(dataSource, "select p.code, v.version_code, p.name_zh, p.name_en, v.period_start, v.period_end "
                + "from insurance.plan_version v join insurance.plan p on p.id = v.plan_id where v.period_end >= ? "
                + "order by p.code, v.period_start", row -> new VersionChoice(row.getString(1), row.getString(2), row.getString(3),
                row.getString(4), row.getDate(5).toLocalDate(), row.getDate(6).toLocalDate()), date);
    }

    @Override
    public UploadOutcome upload(Caller caller, String unitCode, String planCode, String versionCode, InputStream file, String fileName,
                                boolean validRowsOnly, LocalDate joinedOn) {
        String unit = access.require(caller, Action.SUBMIT_LIST, unitCode);
        ImportReport report = imports.upload(unit, versions.require(planCode, versionCode), file, fileName,
                validRowsOnly ? ImportMode.VALID_ROWS : ImportMode.ALL_OR_NOTHING, joinedOn, caller.username());
        return new UploadOutcome(report.rowsRead(), report.rowsAccepted(), report.membersRegistered(), report.membersUpdated(),
                report.problems().stream().map(p -> new RowProblem(p.row(), p.residentId(), p.problem())).toList(), report.list());
    }

    @Override
    public List<EnrolmentListView> waiting(Caller caller) {
        Scope scope = access.policy().scope(caller, Action.READ_LIST);
        return scope.isEmpty() ? List.of() : lists.waiting().stream().filter(list -> scope.includes(list.unitCode())).toList();
    }

    @Override
    public List<EnrolmentListView> ofUnit(Caller caller, String unitCode) {
        return lists.ofUnit(access.require(caller, Action.READ_LIST, unitCode));
    }

    @Override
    public EnrolmentListView list(Caller caller, long listId) {
        EnrolmentListView list = lists.view(listId);
        access.require(caller, Action.READ_LIST, list.unitCode());
        return list;
    }

    @Override
    public List<ListLine> lines(Caller caller, long listId) {
        list(caller, listId);
        return Jdbc.query(dataSource, "select row_number, member_id, resident_id, shares from insurance.enrolment_list_line where list_id = ? "
                + "order by row_number, resident_id", row -> {
                    int number = row.getInt(1);
                    return new ListLine(row.wasNull() ? null : number, row.getLong(2), row.getString(3), row.getInt(4));
                }, listId);
    }

    @Override
    public EnrolmentListView confirm(Caller caller, long listId, LocalDate confirmedOn) {
        EnrolmentListView list = lists.view(listId);
        access.policy().require(caller, Action.CONFIRM_LIST, Target.list(listId, list.unitCode(), list.submittedBy()));
        return lists.confirm(listId, confirmedOn, caller.username());
    }

    @Override
    public EnrolmentListView reject(Caller caller, long listId, String note) {
        EnrolmentListView list = lists.view(listId);
        access.policy().require(caller, Action.REJECT_LIST, Target.list(listId, list.unitCode(), list.submittedBy()));
        return lists.reject(listId, note, caller.username());
    }

    @Override
    public BulkConfirmation confirmAll(Caller caller, ListSelection selection, LocalDate confirmedOn) {
        Scope scope = access.policy().scope(caller, Action.CONFIRM_LIST);
        if (scope.isEmpty()) {
            access.policy().require(caller, Action.CONFIRM_LIST, Target.association());
        }
        return bulk.confirm(selection, confirmedOn, caller.username(), null, scope);
    }
}
