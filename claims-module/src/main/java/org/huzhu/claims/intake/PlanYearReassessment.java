package org.huzhu.claims.intake;

import org.huzhu.claims.api.ClaimRequests;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.claims.intake.rules.Contribution;
import org.huzhu.insurance.api.enrolment.CoverLookup;
import org.huzhu.insurance.api.enrolment.CoverRecord;
import org.huzhu.insurance.api.enrolment.VersionRules;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.Postgres;

/**
 * Reassesses every approved claim of a plan year (after a rule correction, or to check the stored amounts),
 * set-based: one query for the claims, one per version for the enrolments, then each member's claims in order
 * of their accounting date against the ones before, written back some thousand claims at a time (with
 * {@code COPY} on PostgreSQL, see {@link AssessmentWriter#bulk}). The plan year's member-year rows are locked
 * first, so no approval of that year runs meanwhile, and their totals recomputed last; then the tables read by
 * member and plan year are analyzed, so that later queries get plans for their new size.
 */
@ApplicationScoped
public class PlanYearReassessment {

    private static final int FLUSH_EVERY = 5_000;

    @Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Assessments assessments;

    @Inject
    CoverLookup covers;

    @Inject
    BusinessClock clock;

    @Transactional
    public ClaimRequests.ReassessmentResult reassess(String planCode, LocalDate yearStart, String user) {
        if (planCode == null || planCode.isBlank() || yearStart == null) {
            throw ClaimsProblem.invalid("reassess.request");
        }
        long started = System.nanoTime();
        Jdbc.withConnection(dataSource, connection -> {
            MemberYearTotals.lock(connection, planCode, yearStart);
            return null;
        });
        List<ClaimRow> claims = Jdbc.query(dataSource, ClaimRow.COLUMNS + "where c.plan_code = ? and c.year_start = ? "
                + "and exists (select 1 from claims.contribution k where k.claim_id = c.id) order by c.member_id, c.end_date, c.id",
                ClaimRow::map, planCode, yearStart);
        Map<Long, CoverRecord> enrolments = new HashMap<>();
        Map<Long, VersionRules> versions = new HashMap<>();
        covers.covers(claims.stream().map(ClaimRow::enrolmentId).toList()).forEach(cover -> enrolments.put(cover.enrolmentId(), cover));
        for (ClaimRow claim : claims) {
            versions.computeIfAbsent(claim.planVersionId(), id -> covers.version(id).orElseThrow());
        }
        // to the microsecond the database keeps, so that COPY's text and the driver's parameters give the same timestamp
        LocalDateTime now = clock.now().truncatedTo(ChronoUnit.MICROS);
        int[] counts = new int[2];
        Jdbc.withConnection(dataSource, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from claims.contribution where plan_code = ? and year_start = ?")) {
                Jdbc.bind(delete, planCode, yearStart);
                delete.executeUpdate();
            }
            try (AssessmentWriter writer = AssessmentWriter.bulk(connection)) {
                long member = -1;
                List<Contribution> before = new ArrayList<>();
                int pending = 0;
                for (ClaimRow claim : claims) {
                    if (claim.memberId() != member) {
                        member = claim.memberId();
                        before = new ArrayList<>();
                        counts[0]++;
                    }
                    CoverRecord cover = enrolments.get(claim.enrolmentId());
                    VersionRules version = versions.get(claim.planVersionId());
                    Assessments.Context context = new Assessments.Context(cover, version,
                            Assessments.year(version, claim.type(), claim.endDate()));
                    Assessment result = assessments.assess(context, claim.facts(), Contribution.history(before));
                    List<Contribution> contributions = Contribution.of(result, version.rules(), claim.sheet());
                    before.addAll(contributions);
                    ClaimStatus status = claim.status();
                    if (status == ClaimStatus.PAID && result.payable().compareTo(claim.paidAmount()) > 0) {
                        status = ClaimStatus.APPROVED;
                    } else if (status == ClaimStatus.APPROVED && claim.paidAmount().signum() > 0
                            && result.payable().compareTo(claim.paidAmount()) <= 0) {
                        status = ClaimStatus.PAID;
                    }
                    int number = claim.assessmentNo() + 1;
                    writer.assessment(claim.id(), number, "REASSESS_YEAR", version.planVersionId(), result, user, now);
                    writer.contributions(claim.id(), claim.memberId(), claim.planCode(), result.planYear().start(), contributions);
                    BigDecimal approved = result.payable();
                    writer.claim(claim.id(), number, result, version.planVersionId(), approved, status, now);
                    if (approved.compareTo(claim.approvedAmount()) != 0 || status != claim.status()) {
                        counts[1]++;
                        writer.event(claim.id(), now, user, "REASSESS_YEAR", claim.status(), status,
                                claim.approvedAmount() + " -> " + approved);
                    }
                    if (++pending == FLUSH_EVERY) {
                        writer.flush();
                        pending = 0;
                    }
                }
                writer.flush();
            }
            MemberYearTotals.recompute(connection, planCode, yearStart, now);
            // the tables read by member and plan year; the explanation lines, reasons and events are read only through
            // their claim's key, whose plans need no statistics, and analyzing the lines would cost a tenth of the job
            Postgres.analyze(connection, "claims.claim", "claims.contribution", "claims.member_year");
            return null;
        });
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        ClaimRequests.ReassessmentResult result = new ClaimRequests.ReassessmentResult(planCode, yearStart, counts[0], claims.size(), counts[1], millis,
                claims.size() * 1000L / millis);
        // one row for the plan year (set-based: the claims' amounts changed in bulk, each in the claims' own tables)
        trail.record(user, "CLAIMS_REASSESSED", org.huzhu.platform.api.audit.AuditedObject.PLAN, planCode + " " + yearStart, null, result);
        return result;
    }
}
