package org.huzhu.claims.intake;

import org.huzhu.claims.api.ClaimRequests;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.huzhu.claims.api.assessment.Amounts;
import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.claims.intake.rules.Staging;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.FieldProblem;
import org.huzhu.platform.api.InvalidInputException;
import org.huzhu.platform.api.Jdbc;

/**
 * Takes in a claim: checks the form (amounts that add up, dates in order, invoice numbers never claimed
 * before, cover on the cover date, the version's time limit), stores it with its invoices and assesses it.
 */
@ApplicationScoped
public class ClaimIntake {

    /** The most invoices one claim can name: a stay has a handful; ten thousand on one claim was stored before. */
    static final int MAX_INVOICES = 100;

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    MemberDirectory directory;

    @Inject
    Assessments assessments;

    @Inject
    ClaimEvents events;

    @Inject
    BusinessClock clock;

    /** A checked claim ready to be stored. */
    public record Checked(MemberView member, ClaimRequests.NewClaim form, ClaimFacts facts, List<String> invoices) {
    }

    /** A claim filed, or found again by its idempotency key (then {@code created} is false). */
    public record Filed(long id, boolean created) {
    }

    /** Stores and assesses the claim; returns its id. Refuses the whole claim with the reason when it cannot be taken. */
    @Transactional
    public long file(ClaimRequests.NewClaim form, String source, String user) {
        return file(form, source, user, null).id();
    }

    /**
     * Stores and assesses the claim, or, when the same person filed a claim with the same idempotency key before, finds
     * that one and stores nothing (a form submitted twice, a request sent again). A claim the rules refuse as a whole is
     * stored REFUSED with its reason; one whose stay overlaps another claim of the member is marked for a second review.
     */
    @Transactional
    public Filed file(ClaimRequests.NewClaim form, String source, String user, String idempotencyKey) {
        String key = idempotencyKey(idempotencyKey);
        Checked checked = check(form);
        if (key != null) {
            java.util.Optional<Long> earlier = byKey(user, key);
            if (earlier.isPresent()) {
                return new Filed(earlier.get(), false);
            }
        }
        MemberView member = checked.member();
        ClaimFacts facts = checked.facts();
        Assessments.Context context = admissible(checked);
        LocalDateTime now = clock.now();
        SettlementSheet sheet = facts.sheet().orElse(null);
        long id = Jdbc.insert(dataSource, "insert into claims.claim (member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, "
                        + "enrolment_version_id, plan_version_id, claim_type, service_date, end_date, days_in_hospital, hospital, hospital_level, "
                        + "icd10, disease_class, total_cost, basic_paid, in_scope_self_pay, out_of_scope_self_pay, received_on, year_start, "
                        + "year_end, source, status, created_by, created_at, updated_at, disease_stage, idempotency_key) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                member.id(), member.residentId(), member.name(), member.unitCode(), form.planCode(), context.cover().enrolmentId(),
                context.cover().planVersionId(), context.version().planVersionId(), facts.type(), facts.serviceDate(), facts.endDate(),
                facts.daysInHospital(), blankToNull(form.hospital()), blankToNull(form.hospitalLevel()), facts.icd10().orElse(null),
                facts.diseaseClass().orElse(null), sheet == null ? null : sheet.totalCost(),
                sheet == null ? null : sheet.basicInsurancePaid(), sheet == null ? null : sheet.inScopeSelfPay(),
                sheet == null ? null : sheet.outOfScopeSelfPay(), facts.receivedOn(), context.year().start(), context.year().end(),
                source, ClaimStatus.RECEIVED, user, Timestamp.valueOf(now), Timestamp.valueOf(now),
                facts.stage().map(Enum::name).orElse(null), key);
        claimInvoices(id, checked.invoices());
        events.record(id, user, "FILE", null, ClaimStatus.RECEIVED, "FEED".equals(source) ? "settlement feed" : null);
        ClaimRow claim = Jdbc.queryOne(dataSource, ClaimRow.COLUMNS + "where c.id = ?", ClaimRow::map, id).orElseThrow();
        Assessment result = assessments.assess(context, facts,
                assessments.history(member.id(), form.planCode(), context.year().start(), id));
        assessments.storeAssessed(claim, context, result, "INTAKE", user, ClaimStatus.RECEIVED, null);
        return new Filed(id, true);
    }

    /**
     * Completes a member's request at intake with the facts the officer read from its documents, and assesses it: the
     * claim takes the checked facts (its member, plan and day of receipt stay the request's), its invoice numbers, and
     * the cover and plan year they fall in. The caller has locked the claim and checked that it awaits intake.
     */
    public void complete(ClaimRow request, ClaimRequests.NewClaim form, String user) {
        ClaimRequests.NewClaim facts = form == null ? null : new ClaimRequests.NewClaim(request.residentId(), request.planCode(), form.type(),
                form.serviceDate(), form.endDate(), form.daysInHospital(), form.hospital(), form.hospitalLevel(), form.icd10(),
                form.diseaseClass(), form.totalCost(), form.basicInsurancePaid(), form.inScopeSelfPay(), form.outOfScopeSelfPay(),
                form.invoiceNumbers(), request.receivedOn(), form.stage());
        Checked checked = check(facts);
        Assessments.Context context = admissible(checked);
        ClaimFacts claimFacts = checked.facts();
        SettlementSheet sheet = claimFacts.sheet().orElse(null);
        Jdbc.update(dataSource, "update claims.claim set claim_type = ?, service_date = ?, end_date = ?, days_in_hospital = ?, hospital = ?, "
                        + "hospital_level = ?, icd10 = ?, disease_class = ?, total_cost = ?, basic_paid = ?, in_scope_self_pay = ?, "
                        + "out_of_scope_self_pay = ?, disease_stage = ?, enrolment_id = ?, enrolment_version_id = ?, plan_version_id = ?, "
                        + "year_start = ?, year_end = ?, updated_at = ? where id = ?",
                claimFacts.type(), claimFacts.serviceDate(), claimFacts.endDate(), claimFacts.daysInHospital(),
                blankToNull(facts.hospital()) == null ? request.hospital() : facts.hospital().strip(), blankToNull(facts.hospitalLevel()),
                claimFacts.icd10().orElse(null), claimFacts.diseaseClass().orElse(null), sheet == null ? null : sheet.totalCost(),
                sheet == null ? null : sheet.basicInsurancePaid(), sheet == null ? null : sheet.inScopeSelfPay(),
                sheet == null ? null : sheet.outOfScopeSelfPay(), claimFacts.stage().map(Enum::name).orElse(null),
                context.cover().enrolmentId(), context.cover().planVersionId(), context.version().planVersionId(), context.year().start(),
                context.year().end(), clock.timestamp(), request.id());
        claimInvoices(request.id(), checked.invoices());
        events.record(request.id(), user, "COMPLETE", request.status(), request.status(), "completed at intake");
        ClaimRow claim = Jdbc.queryOne(dataSource, ClaimRow.COLUMNS + "where c.id = ?", ClaimRow::map, request.id()).orElseThrow();
        Assessment result = assessments.assess(context, claimFacts,
                assessments.history(claim.memberId(), claim.planCode(), context.year().start(), claim.id()));
        assessments.storeAssessed(claim, context, result, "INTAKE", user, claim.status(), null);
    }

    /**
     * Whether the checked claim can be taken: the member's cover and plan year for it, its stage where the rules need one,
     * within the version's time limit, and none of its invoices claimed before; refused with the reason otherwise.
     */
    private Assessments.Context admissible(Checked checked) {
        ClaimFacts facts = checked.facts();
        Assessments.Context context = assessments.context(checked.member().residentId(), checked.form().planCode(), facts);
        Staging.require(context.version().rules(), facts);
        requireInTime(context, facts.accountingDate(), facts.receivedOn());
        for (String invoice : checked.invoices()) {
            Jdbc.queryOne(dataSource, "select claim_id from claims.invoice where invoice_no = ?", row -> row.getLong(1), invoice)
                    .ifPresent(earlier -> {
                        throw ClaimsProblem.conflict("claim.invoice.claimedBefore", invoice, ClaimsProblem.reference(earlier));
                    });
        }
        return context;
    }

    /** Received within the version's claim time limit from the accounting date (discharge, or the event). */
    static void requireInTime(Assessments.Context context, LocalDate accountingDate, LocalDate receivedOn) {
        int limit = context.version().rules().claimTimeLimitMonths();
        LocalDate lastDay = accountingDate.plusMonths(limit);
        if (receivedOn.isAfter(lastDay)) {
            throw ClaimsProblem.unprocessable("claim.late", receivedOn, lastDay, limit, accountingDate);
        }
    }

    private void claimInvoices(long claimId, List<String> invoices) {
        for (String invoice : invoices) {
            try {
                Jdbc.update(dataSource, "insert into claims.invoice (invoice_no, claim_id) values (?, ?)", invoice, claimId);
            } catch (Jdbc.DataAccessException e) {
                if (e.isUniqueViolation()) {
                    throw ClaimsProblem.conflict("claim.invoice.claimedBefore", invoice, "-");
                }
                throw e;
            }
        }
    }

    /** The claim this person filed before with this key, if any. */
    public java.util.Optional<Long> byKey(String user, String idempotencyKey) {
        String key = idempotencyKey(idempotencyKey);
        return key == null ? java.util.Optional.empty() : Jdbc.queryOne(dataSource,
                "select id from claims.claim where created_by = ? and idempotency_key = ?", row -> row.getLong(1), user, key);
    }

    /** A key of at most 100 visible characters, or none. */
    private static String idempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String stripped = key.strip();
        if (stripped.length() > 100) {
            throw new InvalidInputException(List.of(ClaimsProblem.field("Idempotency-Key", "claim.idempotencyKey.format")));
        }
        return stripped;
    }

    /** Assesses the form as if it were filed now, against the member's committed history; stores nothing. */
    public Assessment preview(ClaimRequests.NewClaim form) {
        if (form != null && (form.invoiceNumbers() == null || form.invoiceNumbers().isEmpty())) {
            // invoices matter for filing, not for what the claim would pay
            form = new ClaimRequests.NewClaim(form.residentId(), form.planCode(), form.type(), form.serviceDate(), form.endDate(),
                    form.daysInHospital(), form.hospital(), form.hospitalLevel(), form.icd10(), form.diseaseClass(), form.totalCost(),
                    form.basicInsurancePaid(), form.inScopeSelfPay(), form.outOfScopeSelfPay(), List.of("PREVIEW"), form.receivedOn(),
                    form.stage());
        }
        Checked checked = check(form);
        Assessments.Context context = assessments.context(checked.member().residentId(), form.planCode(), checked.facts());
        Staging.require(context.version().rules(), checked.facts());
        return assessments.assess(context, checked.facts(),
                assessments.history(checked.member().id(), form.planCode(), context.year().start(), 0L));
    }

    /** The form's checks that need no cover: fields, amounts, dates, invoices. */
    public Checked check(ClaimRequests.NewClaim form) {
        if (form == null) {
            throw ClaimsProblem.invalid("claim.form.missing");
        }
        List<FieldProblem> problems = new ArrayList<>();
        MemberView member = null;
        if (form.residentId() == null || form.residentId().isBlank()) {
            problems.add(ClaimsProblem.field("residentId", "claim.field.required"));
        } else {
            ResidentId id = ResidentId.parse(form.residentId());
            member = directory.findByResidentId(id).orElse(null);
            if (member == null) {
                throw ClaimsProblem.notFound("claim.member.unknown", id.value());
            }
        }
        if (form.planCode() == null || form.planCode().isBlank()) {
            problems.add(ClaimsProblem.field("planCode", "claim.field.required"));
        }
        ClaimType type = form.type();
        if (type == null) {
            problems.add(ClaimsProblem.field("type", "claim.field.required"));
        }
        if (form.serviceDate() == null) {
            problems.add(ClaimsProblem.field("serviceDate", "claim.field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = clock.today();
        LocalDate received = form.receivedOn() == null ? today : form.receivedOn();
        LocalDate service = form.serviceDate();
        LocalDate end = type == ClaimType.INPATIENT ? form.endDate() : service;
        int days = form.daysInHospital() == null ? 0 : form.daysInHospital();
        if (type == ClaimType.INPATIENT) {
            if (end == null) {
                problems.add(ClaimsProblem.field("endDate", "claim.field.required"));
            } else if (end.isBefore(service)) {
                problems.add(ClaimsProblem.field("endDate", "claim.dates.dischargeBeforeAdmission", end, service));
            } else {
                long span = ChronoUnit.DAYS.between(service, end) + 1;
                if (form.daysInHospital() == null || days < 0 || days > span) {
                    problems.add(ClaimsProblem.field("daysInHospital", "claim.days.outOfRange", days, span));
                }
            }
        } else {
            if (form.endDate() != null && !form.endDate().equals(service)) {
                problems.add(ClaimsProblem.field("endDate", "claim.dates.onlyForStays"));
            }
            if (days != 0) {
                problems.add(ClaimsProblem.field("daysInHospital", "claim.days.onlyForStays"));
            }
            days = 0;
        }
        if (received.isAfter(today)) {
            problems.add(ClaimsProblem.field("receivedOn", "claim.dates.future", received));
        }
        if (end != null && end.isAfter(received)) {
            problems.add(ClaimsProblem.field(type == ClaimType.INPATIENT ? "endDate" : "serviceDate", "claim.dates.afterReceipt",
                    end, received));
        }
        SettlementSheet sheet = null;
        if (type.category().isPresent()) {
            sheet = sheet(form, problems);
        } else if (form.totalCost() != null || form.inScopeSelfPay() != null) {
            problems.add(ClaimsProblem.field("totalCost", "claim.sheet.notForType", type));
        }
        String icd10 = blankToNull(form.icd10()) == null ? null : form.icd10().strip().toUpperCase(java.util.Locale.ROOT);
        if (icd10 != null && !ICD10.matcher(icd10).matches()) {
            problems.add(ClaimsProblem.field("icd10", "claim.icd10.format", icd10));
        }
        String diseaseClass = blankToNull(form.diseaseClass());
        if (type == ClaimType.SERIOUS_ILLNESS) {
            if (diseaseClass == null) {
                problems.add(ClaimsProblem.field("diseaseClass", "claim.field.required"));
            }
            if (icd10 == null) {
                problems.add(ClaimsProblem.field("icd10", "claim.field.required"));
            }
        } else if (diseaseClass != null) {
            problems.add(ClaimsProblem.field("diseaseClass", "claim.diseaseClass.onlySerious"));
        }
        DiseaseStage stage = null;
        String stageGiven = blankToNull(form.stage());
        if (stageGiven != null) {
            try {
                stage = DiseaseStage.valueOf(stageGiven.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(ClaimsProblem.field("stage", "claim.stage.unknown", stageGiven));
            }
            if (type != ClaimType.SERIOUS_ILLNESS) {
                problems.add(ClaimsProblem.field("stage", "claim.stage.onlySerious"));
            }
        }
        List<String> invoices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> given = form.invoiceNumbers() == null ? List.of() : form.invoiceNumbers();
        if (given.size() > MAX_INVOICES) {
            problems.add(ClaimsProblem.field("invoiceNumbers", "claim.invoice.tooMany", given.size(), MAX_INVOICES));
            given = List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            String number = given.get(i) == null ? "" : given.get(i).strip();
            if (number.isEmpty() || number.length() > 64) {
                problems.add(ClaimsProblem.field("invoiceNumbers[" + i + "]", "claim.invoice.format"));
            } else if (!seen.add(number)) {
                problems.add(ClaimsProblem.field("invoiceNumbers[" + i + "]", "claim.invoice.repeated", number));
            } else {
                invoices.add(number);
            }
        }
        if (type.category().isPresent() && invoices.isEmpty() && given.isEmpty()) {
            problems.add(ClaimsProblem.field("invoiceNumbers", "claim.field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ClaimFacts facts = ClaimRow.facts(type, service, end, days, sheet, diseaseClass, icd10, stage, received);
        return new Checked(member, form, facts, invoices);
    }

    private static SettlementSheet sheet(ClaimRequests.NewClaim form, List<FieldProblem> problems) {
        BigDecimal total = money("totalCost", form.totalCost(), problems);
        BigDecimal basic = money("basicInsurancePaid", form.basicInsurancePaid(), problems);
        BigDecimal inScope = money("inScopeSelfPay", form.inScopeSelfPay(), problems);
        BigDecimal outOfScope = money("outOfScopeSelfPay", form.outOfScopeSelfPay(), problems);
        if (total == null || basic == null || inScope == null || outOfScope == null) {
            return null;
        }
        BigDecimal sum = basic.add(inScope).add(outOfScope);
        if (sum.compareTo(total) != 0) {
            problems.add(ClaimsProblem.field("totalCost", "claim.sheet.doesNotAddUp", Amounts.yuan(total), Amounts.yuan(basic),
                    Amounts.yuan(inScope), Amounts.yuan(outOfScope), Amounts.yuan(sum)));
            return null;
        }
        return new SettlementSheet(total, basic, inScope, outOfScope);
    }

    private static BigDecimal money(String field, BigDecimal amount, List<FieldProblem> problems) {
        if (amount == null) {
            problems.add(ClaimsProblem.field(field, "claim.field.required"));
            return null;
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            problems.add(ClaimsProblem.field(field, "claim.amount.invalid", amount.toPlainString()));
            return null;
        }
        return amount.setScale(2);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
