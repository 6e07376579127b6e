package org.huzhu.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.Claims;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.platform.api.DomainException;

/**
 * A member's claim request, as a worker fills it in on a phone: one of their plans, what happened, the hospital, the
 * dates, the total of the invoices, and photos of the invoices and the settlement sheet in the same step (a phone offers
 * its camera for them). An officer completes the coded fields at intake.
 */
@Named
@ViewScoped
public class ClaimRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a member can ask for themselves (a death benefit is claimed by the unit or the family). */
    private static final List<ClaimType> TYPES = List.of(ClaimType.INPATIENT, ClaimType.OUTPATIENT_SERIOUS, ClaimType.HOME_SICKBED,
            ClaimType.SERIOUS_ILLNESS);

    @Inject
    transient Claims claims;

    private String planCode;
    private ClaimType type = ClaimType.INPATIENT;
    private LocalDate serviceDate;
    private LocalDate endDate;
    private String hospital;
    private BigDecimal invoiceTotal;
    private transient List<Part> invoicePhotos;
    private transient List<Part> sheetPhotos;
    private transient List<Part> otherPhotos;
    /** One key per form shown: sending it twice (a double tap, a resent request) stores one request. */
    private final String idempotencyKey = java.util.UUID.randomUUID().toString();

    public List<ClaimType> getTypes() {
        return TYPES;
    }

    public String submit() {
        try {
            List<ClaimRequests.Attachment> documents = new ArrayList<>();
            attach(documents, "INVOICE", invoicePhotos);
            attach(documents, "SETTLEMENT_SHEET", sheetPhotos);
            attach(documents, type == ClaimType.SERIOUS_ILLNESS ? "DIAGNOSIS_CERTIFICATE" : "DISCHARGE_SUMMARY", otherPhotos);
            long id = claims.request(Pages.caller(), new ClaimRequests.MemberRequest(planCode, type, serviceDate,
                    type == ClaimType.INPATIENT ? endDate : null, hospital, invoiceTotal, documents), idempotencyKey);
            Pages.info("request.sent");
            return "/member/claim.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException refused) {
            Pages.error(refused);
            return null;
        } catch (IOException unreadable) {
            Pages.error("upload.noFile");
            return null;
        }
    }

    private static void attach(List<ClaimRequests.Attachment> documents, String kind, List<Part> parts) throws IOException {
        if (parts == null) {
            return;
        }
        for (Part part : parts) {
            if (part == null || part.getSize() == 0) {
                continue;
            }
            try (InputStream content = part.getInputStream()) {
                documents.add(new ClaimRequests.Attachment(kind, part.getSubmittedFileName(),
                        Base64.getEncoder().encodeToString(content.readAllBytes())));
            }
        }
    }

    public String getPlanCode() { return planCode; }
    public void setPlanCode(String planCode) { this.planCode = planCode; }
    public ClaimType getType() { return type; }
    public void setType(ClaimType type) { this.type = type; }
    public LocalDate getServiceDate() { return serviceDate; }
    public void setServiceDate(LocalDate serviceDate) { this.serviceDate = serviceDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getHospital() { return hospital; }
    public void setHospital(String hospital) { this.hospital = hospital; }
    public BigDecimal getInvoiceTotal() { return invoiceTotal; }
    public void setInvoiceTotal(BigDecimal invoiceTotal) { this.invoiceTotal = invoiceTotal; }
    public List<Part> getInvoicePhotos() { return invoicePhotos; }
    public void setInvoicePhotos(List<Part> invoicePhotos) { this.invoicePhotos = invoicePhotos; }
    public List<Part> getSheetPhotos() { return sheetPhotos; }
    public void setSheetPhotos(List<Part> sheetPhotos) { this.sheetPhotos = sheetPhotos; }
    public List<Part> getOtherPhotos() { return otherPhotos; }
    public void setOtherPhotos(List<Part> otherPhotos) { this.otherPhotos = otherPhotos; }
}
