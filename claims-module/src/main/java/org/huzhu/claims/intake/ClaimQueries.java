package org.huzhu.claims.intake;

import org.huzhu.claims.api.ClaimRequests;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.claims.api.ClaimsMessages;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.insurance.api.enrolment.CoverLookup;
import org.huzhu.insurance.api.enrolment.VersionRules;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.Messages;

/** Reading claims: one claim with its assessment, search and work queues, a member's claim history. */
@ApplicationScoped
public class ClaimQueries {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Assessments assessments;

    @Inject
    ClaimDocuments documents;

    @Inject
    CoverLookup covers;

    @Inject
    BusinessClock clock;

    public ClaimRow row(long id) {
        return Jdbc.queryOne(dataSource, ClaimRow.COLUMNS + "where c.id = ?", ClaimRow::map, id)
                .orElseThrow(() -> ClaimsProblem.notFound("claim.notFound", id));
    }

    public ClaimRequests.ClaimView view(long id, Locale locale) {
        ClaimRow c = row(id);
        List<String> invoices = Jdbc.query(dataSource, "select invoice_no from claims.invoice where claim_id = ? order by invoice_no",
                row -> row.getString(1), id);
        String versionCode = covers.version(c.planVersionId()).map(VersionRules::versionCode).orElse(null);
        String rejectText = c.rejectReason() == null ? null : Messages.get(ClaimsMessages.BUNDLE, "reject." + c.rejectReason(), locale);
        return new ClaimRequests.ClaimView(c.id(), c.reference(), c.status().name(), c.memberId(), c.residentId(), c.memberName(),
                c.unitCode(), c.planCode(), versionCode, c.type().name(), c.serviceDate(), c.endDate(), c.daysInHospital(), c.hospital(),
                c.hospitalLevel(), c.icd10(), c.diseaseClass(), c.diseaseStage(), c.totalCost(), c.basicPaid(), c.inScopeSelfPay(), c.outOfScopeSelfPay(),
                invoices, c.receivedOn(), c.yearStart(), c.yearEnd(), c.payable(), c.approvedAmount(), c.paidAmount(), c.secondReview(),
                c.firstReviewer(), c.rejectReason(), rejectText, c.source(), c.createdBy(), c.createdAt(),
                assessments.view(id, c.assessmentNo(), locale).orElse(null), documents.of(id), c.claimedAmount());
    }

    /**
     * Claims by status, unit, member (resident ID), plan, and age (received at least {@code olderThanDays}
     * ago), oldest first; a page of at most {@code limit}.
     */
    public List<ClaimRequests.ClaimSummary> search(String status, String unitCode, String residentId, String planCode,
                                                   Integer olderThanDays, int offset, int limit) {
        return search(status, unitCode, residentId, planCode, olderThanDays, offset, limit, null);
    }

    /** The same, among the claims of these units only ({@code units} null: every unit), as the access policy's scope says. */
    public List<ClaimRequests.ClaimSummary> search(String status, String unitCode, String residentId, String planCode,
                                                   Integer olderThanDays, int offset, int limit, Collection<String> units) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (units != null) {
            where.append(" and c.unit_code in (").append(String.join(", ", Collections.nCopies(units.size(), "?"))).append(")");
            parameters.addAll(units);
        }
        if (status != null && !status.isBlank()) {
            ClaimStatus known;
            try {
                known = ClaimStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ClaimsProblem.invalid("claim.status.unknown", status);
            }
            where.append(" and c.status = ?");
            parameters.add(known.name());
        }
        if (unitCode != null && !unitCode.isBlank()) {
            where.append(" and c.unit_code = ?");
            parameters.add(unitCode.strip());
        }
        if (residentId != null && !residentId.isBlank()) {
            where.append(" and c.resident_id = ?");
            parameters.add(residentId.strip().toUpperCase(Locale.ROOT));
        }
        if (planCode != null && !planCode.isBlank()) {
            where.append(" and c.plan_code = ?");
            parameters.add(planCode.strip());
        }
        LocalDate today = clock.today();
        if (olderThanDays != null) {
            where.append(" and c.received_on <= ?");
            parameters.add(today.minusDays(olderThanDays));
        }
        parameters.add(Math.max(1, Math.min(limit, 500)));
        parameters.add(Math.max(0, offset));
        return Jdbc.query(dataSource, "select c.id, c.status, c.resident_id, c.member_name, c.unit_code, c.plan_code, c.claim_type, "
                + "c.service_date, c.end_date, c.received_on, c.payable, c.approved_amount, c.paid_amount from claims.claim c " + where
                + " order by c.received_on, c.id limit ? offset ?", row -> summary(row, today), parameters.toArray());
    }

    /** The work queues: claims per status with the oldest and the amount at stake, optionally for one unit. */
    public List<ClaimRequests.Queue> queues(String unitCode) {
        return queues(unitCode == null || unitCode.isBlank() ? null : List.of(unitCode.strip()));
    }

    /** The work queues over these units ({@code units} null: every unit). */
    public List<ClaimRequests.Queue> queues(Collection<String> units) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        String where = units == null ? "" : "where unit_code in (" + String.join(", ", Collections.nCopies(units.size(), "?")) + ") ";
        return Jdbc.query(dataSource, "select status, count(*), min(received_on), coalesce(sum(payable), 0) from claims.claim "
                        + where + "group by status order by status",
                row -> new ClaimRequests.Queue(row.getString(1), row.getLong(2), row.getDate(3).toLocalDate(),
                        ChronoUnit.DAYS.between(row.getDate(3).toLocalDate(), today), row.getBigDecimal(4)),
                units == null ? new Object[0] : units.toArray());
    }

    private static ClaimRequests.ClaimSummary summary(ResultSet row, LocalDate today) throws SQLException {
        LocalDate received = row.getDate(10).toLocalDate();
        BigDecimal payable = row.getBigDecimal(11);
        // a list: the resident ID masked (the claim's detail has it in full)
        return new ClaimRequests.ClaimSummary(row.getLong(1), ClaimsProblem.reference(row.getLong(1)), row.getString(2),
                org.huzhu.platform.api.PersonalData.maskId(row.getString(3)),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getDate(8).toLocalDate(),
                row.getDate(9).toLocalDate(), received, ChronoUnit.DAYS.between(received, today), payable, row.getBigDecimal(12),
                row.getBigDecimal(13));
    }
}
