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
import org.huzhu.insurance.plan.PlanVersions;
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

    @Override
    public List<VersionChoice> openVersions(LocalDate date) {
        return Jdbc.query(dataSource, "select p.code, v.version_code, p.name_zh, p.name_en, v.period_start, v.period_end "
                + "from insurance.plan_version v join insurance.plan p on p.id = v.plan_id where v.period_end >= ? "
                + "order by p.code, v.period_start", row -> new VersionChoice(row.getString(1), row.getString(2), row.getString(3),
                row.getString(4), row.getDate(5).toLocalDate(), row.getDate(6).toLocalDate()), date);
    }

    @Override
    public UploadOutcome upload(String unitCode, String planCode, String versionCode, InputStream file, String fileName,
                                boolean validRowsOnly, LocalDate joinedOn, String uploadedBy) {
        ImportReport report = imports.upload(unitCode, versions.require(planCode, versionCode), file, fileName,
                validRowsOnly ? ImportMode.VALID_ROWS : ImportMode.ALL_OR_NOTHING, joinedOn, uploadedBy);
        return new UploadOutcome(report.rowsRead(), report.rowsAccepted(), report.membersRegistered(), report.membersUpdated(),
                report.problems().stream().map(p -> new RowProblem(p.row(), p.residentId(), p.problem())).toList(), report.list());
    }

    @Override
    public List<EnrolmentListView> waiting() {
        return lists.waiting();
    }

    @Override
    public List<EnrolmentListView> ofUnit(String unitCode) {
        return lists.ofUnit(unitCode);
    }

    @Override
    public EnrolmentListView confirm(long listId, LocalDate confirmedOn, String supervisor) {
        return lists.confirm(listId, confirmedOn, supervisor);
    }

    @Override
    public EnrolmentListView reject(long listId, String note, String supervisor) {
        return lists.reject(listId, note, supervisor);
    }

    @Override
    public BulkConfirmation confirmAll(ListSelection selection, LocalDate confirmedOn, String supervisor) {
        return bulk.confirm(selection, confirmedOn, supervisor, null);
    }
}
