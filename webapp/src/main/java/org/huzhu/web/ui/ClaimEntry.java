package org.huzhu.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.Claims;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.insurance.api.PlanCatalogue;
import org.huzhu.insurance.api.PlanSummary;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

/**
 * Claim entry with a live benefit preview: each change of the amounts or dates shows what the claim would pay
 * and why, before anything is stored. Officers (and agents, for their unit) enter claims with every coded field, and
 * complete members' own requests at intake; members send their requests through {@link ClaimRequestPage}.
 */
@Named
@ViewScoped
public class ClaimEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Claims claims;

    @Inject
    transient PlanCatalogue catalogue;

    private String residentId;
    private String planCode = "WORKING_INPATIENT";
    private ClaimType type = ClaimType.INPATIENT;
    private LocalDate serviceDate;
    private LocalDate endDate;
    private Integer daysInHospital;
    private String hospital;
    private String hospitalLevel;
    private String icd10;
    private String diseaseClass;
    private BigDecimal totalCost;
    private BigDecimal basicInsurancePaid;
    private BigDecimal inScopeSelfPay;
    private BigDecimal outOfScopeSelfPay;
    private String invoices;
    private String stage;
    /** One key per form shown: submitting it twice (a double click, a resent request) files one claim and shows it. */
    private final String idempotencyKey = java.util.UUID.randomUUID().toString();
    private Claims.Preview preview;
    private String previewProblem;

    public List<PlanSummary> getPlans() {
        return catalogue.plans(Pages.locale());
    }

    public List<ClaimType> getTypes() {
        return Arrays.asList(ClaimType.values());
    }

    private ClaimRequests.NewClaim form() {
        List<String> numbers = invoices == null || invoices.isBlank() ? List.of()
                : Arrays.stream(invoices.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
        String who = residentId;
        return new ClaimRequests.NewClaim(who, planCode, type, serviceDate, type == ClaimType.INPATIENT ? endDate : null, daysInHospital,
                hospital, hospitalLevel, icd10, diseaseClass, totalCost, basicInsurancePaid, inScopeSelfPay, outOfScopeSelfPay, numbers, null,
                type == ClaimType.SERIOUS_ILLNESS ? stage : null);
    }

    /** Recomputes the preview; incomplete forms show what is still missing instead. */
    public void refresh() {
        preview = null;
        previewProblem = null;
        if (serviceDate == null || residentId == null || !ResidentId.isValid(residentId)) {
            return;
        }
        try {
            preview = claims.preview(Pages.caller(), form(), Pages.locale());
        } catch (DomainException incomplete) {
            StringBuilder text = new StringBuilder(incomplete.detail(Pages.locale()));
            if (incomplete instanceof org.huzhu.platform.api.InvalidInputException invalid) {
                invalid.problems().forEach(problem -> text.append(' ').append(problem.field()).append(": ").append(problem.message(Pages.locale())));
            }
            previewProblem = text.toString();
        }
    }

    /** The member's request being completed at intake ({@code officer/intake.xhtml?id=}), or none for a new claim. */
    private Long requestId;
    private ClaimRequests.ClaimView request;

    /** Intake of a member's request: the form starts from what the member gave; 403/404 when the caller may not see it. */
    public void loadRequest() throws java.io.IOException {
        if (requestId == null) {
            Pages.notFound();
            return;
        }
        try {
            request = claims.view(Pages.caller(), requestId, Pages.locale());
        } catch (DomainException refused) {
            Pages.refused(refused);
            return;
        }
        if (!claims.decisions(Pages.caller(), requestId).contains(org.huzhu.claims.api.Decision.COMPLETE)) {
            request = null;
            Pages.error("request.notAwaiting");
            return;
        }
        residentId = request.residentId();
        planCode = request.planCode();
        type = ClaimType.valueOf(request.type());
        serviceDate = request.serviceDate();
        endDate = type == ClaimType.INPATIENT ? request.endDate() : null;
        daysInHospital = type == ClaimType.INPATIENT ? request.daysInHospital() : null;
        hospital = request.hospital();
        totalCost = request.claimedAmount();
    }

    /** Whether this form completes a member's request (its member and plan are fixed). */
    public boolean isCompleting() {
        return request != null;
    }

    public String submit() {
        if (isCompleting()) {
            try {
                claims.complete(Pages.caller(), requestId, form());
                Pages.info("request.completed", request.reference());
                return "/officer/claim.xhtml?faces-redirect=true&id=" + requestId;
            } catch (DomainException refused) {
                Pages.error(refused);
                return null;
            }
        }
        try {
            long id = claims.file(Pages.caller(), form(), "FORM", idempotencyKey);
            Pages.info("claim.filed");
            return claimPage() + "?faces-redirect=true&id=" + id;
        } catch (DomainException refused) {
            Pages.error(refused);
            return null;
        }
    }

    /** The claim's page for this person: an agent's unit's, or the officers'. */
    private String claimPage() {
        boolean staff = Pages.inRole(Roles.OFFICER) || Pages.inRole(Roles.SUPERVISOR) || Pages.inRole(Roles.ADMIN);
        return !staff && Pages.inRole(Roles.UNIT_AGENT) ? "/agent/claim.xhtml" : "/officer/claim.xhtml";
    }

    /** The stages a pathology report gives, for a diagnosis code in a main and an early-stage class. */
    public List<String> getStages() {
        return List.of("EARLY", "MAIN");
    }

    public Long getRequestId() { return requestId; }
    public void setRequestId(Long requestId) { this.requestId = requestId; }
    public ClaimRequests.ClaimView getRequest() { return request; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage == null || stage.isBlank() ? null : stage; }
    public String getResidentId() { return residentId; }
    public void setResidentId(String residentId) { this.residentId = residentId; }
    public String getPlanCode() { return planCode; }
    public void setPlanCode(String planCode) { this.planCode = planCode; }
    public ClaimType getType() { return type; }
    public void setType(ClaimType type) { this.type = type; }
    public LocalDate getServiceDate() { return serviceDate; }
    public void setServiceDate(LocalDate serviceDate) { this.serviceDate = serviceDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Integer getDaysInHospital() { return daysInHospital; }
    public void setDaysInHospital(Integer daysInHospital) { this.daysInHospital = daysInHospital; }
    public String getHospital() { return hospital; }
    public void setHospital(String hospital) { this.hospital = hospital; }
    public String getHospitalLevel() { return hospitalLevel; }
    public void setHospitalLevel(String hospitalLevel) { this.hospitalLevel = hospitalLevel; }
    public String getIcd10() { return icd10; }
    public void setIcd10(String icd10) { this.icd10 = icd10; }
    public String getDiseaseClass() { return diseaseClass; }
    public void setDiseaseClass(String diseaseClass) { this.diseaseClass = diseaseClass; }
    public BigDecimal getTotalCost() { return totalCost; }
    public void setTotalCost(BigDecimal totalCost) { this.totalCost = totalCost; }
    public BigDecimal getBasicInsurancePaid() { return basicInsurancePaid; }
    public void setBasicInsurancePaid(BigDecimal basicInsurancePaid) { this.basicInsurancePaid = basicInsurancePaid; }
    public BigDecimal getInScopeSelfPay() { return inScopeSelfPay; }
    public void setInScopeSelfPay(BigDecimal inScopeSelfPay) { this.inScopeSelfPay = inScopeSelfPay; }
    public BigDecimal getOutOfScopeSelfPay() { return outOfScopeSelfPay; }
    public void setOutOfScopeSelfPay(BigDecimal outOfScopeSelfPay) { this.outOfScopeSelfPay = outOfScopeSelfPay; }
    public String getInvoices() { return invoices; }
    public void setInvoices(String invoices) { this.invoices = invoices; }
    public Claims.Preview getPreview() { return preview; }
    public String getPreviewProblem() { return previewProblem; }
}
