package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.enrolment.rules.Applicant;
import org.huzhu.insurance.enrolment.rules.Candidate;
import org.huzhu.insurance.enrolment.rules.Eligibility;
import org.huzhu.insurance.enrolment.rules.EligibilityDecision;
import org.huzhu.insurance.enrolment.rules.GroupCheck;
import org.huzhu.insurance.enrolment.rules.GroupRule;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.insurance.premium.rules.PremiumCalculator;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.UnitView;
import org.huzhu.platform.api.BulkInsert;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.TableStatistics;

/**
 * Enrolment lists: a unit submits the people it enrols in a plan version (checked one by one, then the group
 * rule over the unit), a district-union supervisor confirms or rejects it, and confirmation creates the
 * enrolments with their cover dates. Renewals carry a unit's members into the next version.
 */
@ApplicationScoped
public class EnrolmentLists {

    private static final String LIST_COLUMNS = "select l.id, l.unit_code, p.code, v.version_code, l.kind, l.status, "
            + "(select count(*) from insurance.enrolment_list_line x where x.list_id = l.id), l.eligible_headcount, l.enrolled_count, "
            + "l.required_count, l.unit_average_age, l.source_file, l.submitted_by, l.submitted_at, l.decided_by, l.decided_at, "
            + "l.confirmed_on, l.decision_note from insurance.enrolment_list l join insurance.plan_version v on v.id = l.plan_version_id "
            + "join insurance.plan p on p.id = v.plan_id ";

    @Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    MemberDirectory directory;

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentChecks checks;

    @Inject
    ConfirmationChunk chunks;

    @Inject
    TableStatistics statistics;

    @Inject
    BusinessClock clock;

    /**
     * Creates a list from candidates that passed {@link EnrolmentChecks} and are registered members of the
     * unit. Adds the unit's members whom the version always enrols (retired model workers), then applies the
     * group rule to the unit's eligible headcount; refuses with the figures when too few are enrolled.
     */
    @Transactional
    public EnrolmentListView create(String unitCode, PlanVersionRecord version, List<Candidate> candidates, String kind,
                                    String submittedBy, String sourceFile) {
        UnitView unit = directory.unit(unitCode).orElseThrow(() -> Reason.of("enrolment.unitUnknown", unitCode)
                .exception(DomainException.Kind.NOT_FOUND));
        List<MemberView> unitMembers = directory.membersOf(unit.code(), 0, Integer.MAX_VALUE);
        Set<Long> listed = new HashSet<>();
        candidates.forEach(candidate -> listed.add(candidate.memberId()));
        Set<Long> enrolledAlready = enrolledMembersOfUnit(version.id(), unit.code());
        Set<String> pending = checks.alreadyEnrolledOrListed(version.id(), unitMembers.stream().map(MemberView::residentId).toList());
        List<Candidate> lines = new ArrayList<>(candidates);
        int eligible = 0;
        List<LocalDate> birthDates = new ArrayList<>();
        for (MemberView member : unitMembers) {
            EligibilityDecision decision = Eligibility.decide(version.rules(), Applicant.of(member));
            if (!decision.eligible()) {
                continue;
            }
            eligible++;
            if (decision.alwaysEnrolled() && !listed.contains(member.id()) && !pending.contains(member.residentId())) {
                lines.add(new Candidate(0, member.residentId(), Applicant.of(member), 1, member.id()));
                listed.add(member.id());
            }
        }
        lines.forEach(line -> birthDates.add(line.applicant().birthDate()));
        Set<Long> enrolled = new HashSet<>(enrolledAlready);
        enrolled.addAll(listed);
        GroupCheck group = GroupRule.check(version.rules().group(), eligible, enrolled.size());
        group.requireMet();
        BigDecimal averageAge = birthDates.isEmpty() ? null : PremiumCalculator.unitAverageAge(version.rules(), birthDates);
        long listId = Jdbc.insert(dataSource, "insert into insurance.enrolment_list (unit_code, plan_version_id, kind, status, "
                + "eligible_headcount, enrolled_count, required_count, unit_average_age, source_file, submitted_by, submitted_at) "
                + "values (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?)", unit.code(), version.id(), kind, group.eligible(),
                group.enrolled(), group.required(), averageAge, sourceFile, submittedBy, clock.timestamp());
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (Candidate line : lines) {
            rows.add(new Object[] {listId, line.memberId(), line.residentId(), line.shares(), line.row() == 0 ? null : line.row()});
        }
        statistics.written("insurance.enrolment_list_line", Jdbc.withConnection(dataSource, connection -> BulkInsert.into(connection,
                "insurance.enrolment_list_line", List.of("list_id", "member_id", "resident_id", "shares", "row_number"), rows)));
        return audited(submittedBy, "LIST_SUBMITTED", null, view(listId));
    }

    /**
     * Confirms a submitted list on a date and creates its enrolments; the submitter cannot confirm their own list.
     * The same path as a bulk confirmation, with one list ({@link ConfirmationChunk}): refused as it would skip it.
     */
    @Transactional
    public EnrolmentListView confirm(long listId, LocalDate confirmedOn, String supervisor) {
        ConfirmationChunk.Outcome outcome = chunks.confirmInCurrentTransaction(List.of(listId), confirmedOn, supervisor);
        if (!outcome.refusals().isEmpty()) {
            throw outcome.refusals().get(0);
        }
        return view(listId);
    }

    @Transactional
    public EnrolmentListView reject(long listId, String note, String supervisor) {
        lockSubmitted(listId);
        Jdbc.update(dataSource, "update insurance.enrolment_list set status = 'REJECTED', decided_by = ?, decided_at = ?, decision_note = ? "
                + "where id = ?", supervisor, clock.timestamp(), note, listId);
        return audited(supervisor, "LIST_REJECTED", Map.of("status", "SUBMITTED"), view(listId));
    }

    private EnrolmentListView audited(String by, String action, Object before, EnrolmentListView after) {
        trail.record(by, action, org.huzhu.platform.api.audit.AuditedObject.LIST, String.valueOf(after.id()), before, after);
        return after;
    }

    public EnrolmentListView view(long listId) {
        return Jdbc.queryOne(dataSource, LIST_COLUMNS + "where l.id = ?", EnrolmentLists::list, listId)
                .orElseThrow(() -> Reason.of("enrolment.list.notFound", listId).exception(DomainException.Kind.NOT_FOUND));
    }

    public List<EnrolmentListView> ofUnit(String unitCode) {
        return Jdbc.query(dataSource, LIST_COLUMNS + "where l.unit_code = ? order by l.id desc", EnrolmentLists::list, unitCode);
    }

    public List<EnrolmentListView> waiting() {
        return Jdbc.query(dataSource, LIST_COLUMNS + "where l.status = 'SUBMITTED' order by l.submitted_at", EnrolmentLists::list);
    }

    /** The active enrolments of a unit under a version, as renewal candidates (member id and shares). */
    Map<Long, Integer> sharesOfUnit(long versionId, String unitCode) {
        Map<Long, Integer> shares = new HashMap<>();
        Jdbc.query(dataSource, "select member_id, shares from insurance.enrolment where plan_version_id = ? and unit_code = ? "
                + "and status = 'ACTIVE'", row -> shares.put(row.getLong(1), row.getInt(2)), versionId, unitCode);
        return shares;
    }

    private Set<Long> enrolledMembersOfUnit(long versionId, String unitCode) {
        return new HashSet<>(Jdbc.query(dataSource, "select member_id from insurance.enrolment where plan_version_id = ? and unit_code = ? "
                + "and status = 'ACTIVE'", row -> row.getLong(1), versionId, unitCode));
    }

    private record ListState(long versionId, String unitCode, String submittedBy) {
    }

    private ListState lockSubmitted(long listId) {
        ListState state = Jdbc.queryOne(dataSource, "select plan_version_id, unit_code, submitted_by, status from insurance.enrolment_list "
                + "where id = ? for update", row -> {
                    if (!"SUBMITTED".equals(row.getString(4))) {
                        throw Reason.of("enrolment.list.decided", listId, row.getString(4)).exception(DomainException.Kind.CONFLICT);
                    }
                    return new ListState(row.getLong(1), row.getString(2), row.getString(3));
                }, listId).orElseThrow(() -> Reason.of("enrolment.list.notFound", listId).exception(DomainException.Kind.NOT_FOUND));
        return state;
    }

    private static EnrolmentListView list(ResultSet row) throws SQLException {
        int eligible = row.getInt(8);
        int enrolled = row.getInt(9);
        BigDecimal percent = eligible == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(enrolled * 100L).divide(BigDecimal.valueOf(eligible), 1, java.math.RoundingMode.HALF_UP);
        return new EnrolmentListView(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getInt(7), eligible, enrolled, row.getInt(10), percent, row.getBigDecimal(11), row.getString(12),
                row.getString(13), row.getTimestamp(14).toInstant(), row.getString(15),
                row.getTimestamp(16) == null ? null : row.getTimestamp(16).toInstant(),
                row.getDate(17) == null ? null : row.getDate(17).toLocalDate(), row.getString(18));
    }

}
