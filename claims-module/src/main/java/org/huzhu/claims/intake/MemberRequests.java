package org.huzhu.claims.intake;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.members.api.MemberView;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.FieldProblem;
import org.huzhu.platform.api.InvalidInputException;
import org.huzhu.platform.api.Jdbc;

/**
 * A member's own claim request: what a worker knows and can photograph, stored RECEIVED with its documents in one
 * transaction, without an assessment. The member must have cover in the plan on the day (a stay: its admission) and be
 * within the plan's time limit; the officer completes the coded fields at intake ({@link ClaimIntake#complete}).
 */
@ApplicationScoped
public class MemberRequests {

    /** The most documents one request carries: a stay has an invoice or two, a settlement sheet and a discharge summary. */
    static final int MAX_DOCUMENTS = 10;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Assessments assessments;

    @Inject
    ClaimIntake intake;

    @Inject
    ClaimDocuments documents;

    @Inject
    ClaimEvents events;

    @Inject
    BusinessClock clock;

    /** A request stored, or found again by its idempotency key (then {@code created} is false). */
    public record Submitted(long id, boolean created) {
    }

    /** Stores the member's request with its documents; refuses it whole, with every problem named, when it cannot be taken. */
    @Transactional
    public Submitted submit(MemberView member, ClaimRequests.MemberRequest request, String user, String idempotencyKey) {
        List<Decoded> decoded = check(request);
        java.util.Optional<Long> earlier = intake.byKey(user, idempotencyKey);
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), false);
        }
        ClaimType type = request.type();
        LocalDate service = request.serviceDate();
        LocalDate end = type == ClaimType.INPATIENT ? request.endDate() : service;
        LocalDate today = clock.today();
        Assessments.Context context = assessments.context(member.residentId(), request.planCode(), type, service, end);
        ClaimIntake.requireInTime(context, end, today);
        Timestamp now = clock.timestamp();
        long id = Jdbc.insert(dataSource, "insert into claims.claim (member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, "
                        + "enrolment_version_id, plan_version_id, claim_type, service_date, end_date, days_in_hospital, hospital, received_on, "
                        + "year_start, year_end, source, status, created_by, created_at, updated_at, idempotency_key, claimed_amount) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MEMBER', ?, ?, ?, ?, ?, ?)",
                member.id(), member.residentId(), member.name(), member.unitCode(), request.planCode(), context.cover().enrolmentId(),
                context.cover().planVersionId(), context.version().planVersionId(), type, service, end,
                (int) ChronoUnit.DAYS.between(service, end), request.hospital().strip(), today, context.year().start(), context.year().end(),
                ClaimStatus.RECEIVED, user, now, now, idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip(),
                request.invoiceTotal());
        events.record(id, user, "REQUEST", null, ClaimStatus.RECEIVED, "member request");
        for (Decoded document : decoded) {
            ClaimRequests.DocumentView stored = documents.add(id, document.kind(), document.fileName(), document.content(), user);
            events.record(id, user, "DOCUMENT", null, ClaimStatus.RECEIVED, stored.kind() + " " + stored.id());
        }
        return new Submitted(id, true);
    }

    private record Decoded(String kind, String fileName, byte[] content) {
    }

    /** Every field of the request, each problem under its field; the documents decoded. */
    private List<Decoded> check(ClaimRequests.MemberRequest request) {
        if (request == null) {
            throw ClaimsProblem.invalid("claim.form.missing");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request.planCode() == null || request.planCode().isBlank()) {
            problems.add(ClaimsProblem.field("planCode", "claim.field.required"));
        }
        ClaimType type = request.type();
        if (type == null) {
            problems.add(ClaimsProblem.field("type", "claim.field.required"));
        } else if (type == ClaimType.DEATH) {
            problems.add(ClaimsProblem.field("type", "claim.request.death"));
        }
        LocalDate today = clock.today();
        LocalDate service = request.serviceDate();
        if (service == null) {
            problems.add(ClaimsProblem.field("serviceDate", "claim.field.required"));
        } else if (service.isAfter(today)) {
            problems.add(ClaimsProblem.field("serviceDate", "claim.request.future", service));
        }
        if (type == ClaimType.INPATIENT) {
            if (request.endDate() == null) {
                problems.add(ClaimsProblem.field("endDate", "claim.field.required"));
            } else if (service != null && request.endDate().isBefore(service)) {
                problems.add(ClaimsProblem.field("endDate", "claim.dates.dischargeBeforeAdmission", request.endDate(), service));
            } else if (request.endDate().isAfter(today)) {
                problems.add(ClaimsProblem.field("endDate", "claim.request.future", request.endDate()));
            }
        } else if (request.endDate() != null && !request.endDate().equals(service)) {
            problems.add(ClaimsProblem.field("endDate", "claim.dates.onlyForStays"));
        }
        if (request.hospital() == null || request.hospital().isBlank()) {
            problems.add(ClaimsProblem.field("hospital", "claim.field.required"));
        } else if (request.hospital().strip().length() > 200) {
            problems.add(ClaimsProblem.field("hospital", "claim.request.hospitalTooLong", 200));
        }
        BigDecimal total = request.invoiceTotal();
        if (total == null) {
            problems.add(ClaimsProblem.field("invoiceTotal", "claim.field.required"));
        } else if (total.signum() <= 0 || total.compareTo(MAX_AMOUNT) > 0 || total.stripTrailingZeros().scale() > 2) {
            problems.add(ClaimsProblem.field("invoiceTotal", "claim.request.amount", total.toPlainString()));
        }
        List<Decoded> decoded = new ArrayList<>();
        List<ClaimRequests.Attachment> given = request.documents() == null ? List.of() : request.documents();
        if (given.size() > MAX_DOCUMENTS) {
            problems.add(ClaimsProblem.field("documents", "claim.request.tooManyDocuments", given.size(), MAX_DOCUMENTS));
        }
        for (ClaimRequests.Attachment attachment : given) {
            if (attachment == null || attachment.content() == null || attachment.content().isBlank()) {
                problems.add(ClaimsProblem.field("documents", "document.empty"));
                continue;
            }
            try {
                String kind = attachment.kind() == null || attachment.kind().isBlank() ? "OTHER" : attachment.kind().strip().toUpperCase(Locale.ROOT);
                decoded.add(new Decoded(kind, attachment.fileName(), Base64.getMimeDecoder().decode(attachment.content())));
            } catch (IllegalArgumentException notBase64) {
                problems.add(ClaimsProblem.field("documents", "claim.request.notBase64", String.valueOf(attachment.fileName())));
            }
        }
        if (decoded.stream().noneMatch(document -> document.kind().equals("INVOICE"))) {
            problems.add(ClaimsProblem.field("documents", "claim.request.invoiceMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return decoded;
    }
}
