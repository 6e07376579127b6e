package org.huzhu.claims.intake;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.claims.api.assessment.SettlementSheet;

/** A claim as stored. */
public record ClaimRow(long id, long memberId, String residentId, String memberName, String unitCode, String planCode,
                       long enrolmentId, long enrolmentVersionId, long planVersionId, ClaimType type, LocalDate serviceDate,
                       LocalDate endDate, int daysInHospital, String hospital, String hospitalLevel, String icd10,
                       String diseaseClass, BigDecimal totalCost, BigDecimal basicPaid, BigDecimal inScopeSelfPay,
                       BigDecimal outOfScopeSelfPay, LocalDate receivedOn, LocalDate yearStart, LocalDate yearEnd,
                       String source, ClaimStatus status, int assessmentNo, BigDecimal payable, BigDecimal approvedAmount,
                       BigDecimal paidAmount, boolean secondReview, String firstReviewer, String rejectReason,
                       String createdBy, LocalDateTime createdAt, LocalDateTime updatedAt, String diseaseStage,
                       String reviewReason, BigDecimal claimedAmount) {

    public static final String COLUMNS = "select c.id, c.member_id, c.resident_id, c.member_name, c.unit_code, c.plan_code, "
            + "c.enrolment_id, c.enrolment_version_id, c.plan_version_id, c.claim_type, c.service_date, c.end_date, c.days_in_hospital, "
            + "c.hospital, c.hospital_level, c.icd10, c.disease_class, c.total_cost, c.basic_paid, c.in_scope_self_pay, "
            + "c.out_of_scope_self_pay, c.received_on, c.year_start, c.year_end, c.source, c.status, c.assessment_no, c.payable, "
            + "c.approved_amount, c.paid_amount, c.second_review, c.first_reviewer, c.reject_reason, c.created_by, c.created_at, "
            + "c.updated_at, c.disease_stage, c.review_reason, c.claimed_amount from claims.claim c ";

    public static ClaimRow map(ResultSet r) throws SQLException {
        return new ClaimRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getLong(7), r.getLong(8), r.getLong(9), ClaimType.valueOf(r.getString(10)), r.getDate(11).toLocalDate(),
                r.getDate(12).toLocalDate(), r.getInt(13), r.getString(14), r.getString(15), r.getString(16), r.getString(17),
                r.getBigDecimal(18), r.getBigDecimal(19), r.getBigDecimal(20), r.getBigDecimal(21), r.getDate(22).toLocalDate(),
                r.getDate(23).toLocalDate(), r.getDate(24).toLocalDate(), r.getString(25), ClaimStatus.valueOf(r.getString(26)),
                r.getInt(27), r.getBigDecimal(28), r.getBigDecimal(29), r.getBigDecimal(30), r.getBoolean(31), r.getString(32),
                r.getString(33), r.getString(34), r.getTimestamp(35).toLocalDateTime(), r.getTimestamp(36).toLocalDateTime(), r.getString(37),
                r.getString(38), r.getBigDecimal(39));
    }

    public String reference() {
        return ClaimsProblem.reference(id);
    }

    public Optional<SettlementSheet> sheet() {
        return totalCost == null ? Optional.empty()
                : Optional.of(new SettlementSheet(totalCost, basicPaid, inScopeSelfPay, outOfScopeSelfPay));
    }

    /** The facts the engine assesses. */
    public ClaimFacts facts() {
        return facts(type, serviceDate, endDate, daysInHospital, sheet().orElse(null), diseaseClass, icd10,
                diseaseStage == null ? null : DiseaseStage.valueOf(diseaseStage), receivedOn);
    }

    public static ClaimFacts facts(ClaimType type, LocalDate serviceDate, LocalDate endDate, int days, SettlementSheet sheet,
                                   String diseaseClass, String icd10, DiseaseStage stage, LocalDate receivedOn) {
        return switch (type) {
            case INPATIENT -> ClaimFacts.inpatient(serviceDate, endDate, days, sheet, receivedOn);
            case OUTPATIENT_SERIOUS -> ClaimFacts.outpatientSerious(serviceDate, sheet, receivedOn);
            case HOME_SICKBED -> ClaimFacts.homeSickbed(serviceDate, sheet, receivedOn);
            case SERIOUS_ILLNESS -> ClaimFacts.seriousIllness(serviceDate, diseaseClass, icd10, stage, receivedOn);
            case DEATH -> ClaimFacts.death(serviceDate, receivedOn);
        };
    }

    /** A member's own request whose coded fields an officer has not completed yet: nothing to assess it on. */
    public boolean awaitsIntake() {
        return "MEMBER".equals(source) && assessmentNo == 0;
    }

    /** What is approved and not yet paid. */
    public BigDecimal unpaid() {
        return approvedAmount.subtract(paidAmount);
    }
}
