package org.huzhu.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.huzhu.claims.api.assessment.ClaimType;

/** Request and response bodies of the claims API (public records: JSON-B reads and writes them). */
public final class ClaimRequests {

    private ClaimRequests() {
    }

    /**
     * A claim as filed. {@code serviceDate} is the admission, service, diagnosis or death date; {@code endDate}
     * the discharge date of a stay (absent otherwise). The settlement-sheet amounts go with inpatient,
     * outpatient serious-illness and home sick-bed claims; the disease class with a serious-illness claim, and its
     * {@code stage} (EARLY or MAIN, from the pathology report) where the diagnosis code lies in a main and an early-stage
     * class.
     */
    public record NewClaim(String residentId, String planCode, ClaimType type, LocalDate serviceDate, LocalDate endDate,
                           Integer daysInHospital, String hospital, String hospitalLevel, String icd10, String diseaseClass,
                           BigDecimal totalCost, BigDecimal basicInsurancePaid, BigDecimal inScopeSelfPay,
                           BigDecimal outOfScopeSelfPay, List<String> invoiceNumbers, LocalDate receivedOn, String stage) {
    }

    /**
     * A member's own claim request, in a worker's terms: one of their plans, what happened ({@code type}: a stay, outpatient
     * treatment of a serious illness, home sick-bed care, a serious-illness diagnosis), the hospital, the dates (admission and
     * discharge for a stay, else the day of treatment or diagnosis), the total of the invoices, and photos or scans of the
     * invoices and the settlement sheet (at least one invoice). The officer completes the coded fields at intake.
     */
    public record MemberRequest(String planCode, ClaimType type, LocalDate serviceDate, LocalDate endDate, String hospital,
                                BigDecimal invoiceTotal, List<Attachment> documents) {
    }

    /** A document sent with a request: its kind (INVOICE, SETTLEMENT_SHEET, ...), file name and content in Base64. */
    public record Attachment(String kind, String fileName, String content) {
    }

    /** A decision note (approve, pend, withdraw, appeal, reverse, reassess). */
    public record Note(String note) {
    }

    /** A rejection: a reason code (see the claims module's reject reasons) and a note. */
    public record Rejection(String reason, String note) {
    }

    public record ClaimView(long id, String reference, String status, long memberId, String residentId, String memberName,
                            String unitCode, String planCode, String versionCode, String type, LocalDate serviceDate,
                            LocalDate endDate, int daysInHospital, String hospital, String hospitalLevel, String icd10,
                            String diseaseClass, String stage, BigDecimal totalCost, BigDecimal basicInsurancePaid, BigDecimal inScopeSelfPay,
                            BigDecimal outOfScopeSelfPay, List<String> invoiceNumbers, LocalDate receivedOn, LocalDate planYearStart,
                            LocalDate planYearEnd, BigDecimal payable, BigDecimal approvedAmount, BigDecimal paidAmount,
                            boolean secondReviewRequired, String firstReviewer, String rejectReason, String rejectReasonText,
                            String source, String createdBy, LocalDateTime createdAt, AssessmentView assessment,
                            List<DocumentView> documents, BigDecimal claimedAmount) {
    }

    public record AssessmentView(int number, String purpose, String versionCode, LocalDate planYearStart, LocalDate planYearEnd,
                                 BigDecimal payable, String assessedBy, LocalDateTime assessedAt, List<LineView> lines,
                                 List<ReasonView> reasons) {
    }

    public record LineView(String benefit, String step, String rule, BigDecimal base, BigDecimal rate, BigDecimal amount,
                           BigDecimal remaining, String reasonCode, String text) {
    }

    public record ReasonView(String code, String title, String text) {
    }

    public record DocumentView(long id, String kind, String fileName, String mediaType, int size, String uploadedBy,
                               LocalDateTime uploadedAt) {
    }

    /** A stored document's content, for showing it to someone who may read the claim. */
    public record DocumentContent(String fileName, String mediaType, byte[] content) {
    }

    public record EventView(long id, LocalDateTime at, String actor, String action, String fromStatus, String toStatus, String note) {
    }

    public record ClaimSummary(long id, String reference, String status, String residentId, String memberName, String unitCode,
                               String planCode, String type, LocalDate serviceDate, LocalDate endDate, LocalDate receivedOn,
                               long ageDays, BigDecimal payable, BigDecimal approvedAmount, BigDecimal paidAmount) {
    }

    public record Queue(String status, long claims, LocalDate oldestReceivedOn, long oldestAgeDays, BigDecimal payable) {
    }

    public record ReassessmentRequest(String planCode, LocalDate yearStart) {
    }

    public record ReassessmentResult(String planCode, LocalDate yearStart, int members, int claims, int changed, long millis,
                                     long claimsPerSecond) {
    }
}
