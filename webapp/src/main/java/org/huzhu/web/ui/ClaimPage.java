package org.huzhu.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.Claims;
import org.huzhu.platform.api.DomainException;

/**
 * One claim: its facts, the assessment with an explanation line for each rule, why anything is not paid, the
 * documents and the status timeline. Officers decide (a supervisor gives the second review); members see
 * only their own claims and unit agents only their unit's, whatever id they put in the address. The view action
 * checks the claim when the page opens; every action (decide, upload) is checked again by {@code Claims} on the id it
 * finally touches, since a postback skips the view action and may carry another id.
 */
@Named
@ViewScoped
public class ClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Claims claims;

    @Inject
    transient org.huzhu.reports.api.DecisionLetters letters;

    private Long id;
    private ClaimRequests.ClaimView claim;
    private boolean decider;
    private java.util.Set<org.huzhu.claims.api.Decision> decisions = java.util.Set.of();
    private String approveNote;
    private String pendNote;
    private String rejectNote;
    private String rejectReason;
    private String documentKind = "INVOICE";
    private transient Part document;

    /** Loads the claim, or answers 403/404 when the caller may not see it. */
    public void load() throws IOException {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            claim = claims.view(Pages.caller(), id, Pages.locale());
            decider = claims.mayDecide(Pages.caller(), id);
            decisions = decider ? java.util.Set.copyOf(claims.decisions(Pages.caller(), id)) : java.util.Set.of();
        } catch (DomainException refused) {
            claim = null;
            Pages.refused(refused);
        }
    }

    /** Whether the caller decides claims of this unit (the decision area is shown); each decision is checked again. */
    public boolean isDecider() {
        return claim != null && decider;
    }

    /** Whether this decision is open on the claim now, for this caller: only those are offered. */
    public boolean offers(String decision) {
        return claim != null && decisions.contains(org.huzhu.claims.api.Decision.valueOf(decision));
    }

    public boolean isNothingToDecide() {
        return isDecider() && decisions.isEmpty();
    }

    public List<ClaimRequests.EventView> getHistory() {
        return claim == null ? List.of() : claims.history(Pages.caller(), claim.id());
    }

    /** An event's note in the reader's language. */
    public String note(ClaimRequests.EventView event) {
        return TimelineNotes.describe(event.action(), event.note(), Pages.locale());
    }

    public List<String> getRejectReasons() {
        return claims.rejectReasons();
    }

    public String approve() {
        return decide(() -> claims.approve(Pages.caller(), id, approveNote), "claim.approved");
    }

    public String reject() {
        if (rejectReason == null || rejectReason.isBlank()) {
            Pages.error("claim.rejectReasonNeeded");
            return null;
        }
        return decide(() -> claims.reject(Pages.caller(), id, rejectReason, rejectNote), "claim.rejected");
    }

    public String pend() {
        return decide(() -> claims.pend(Pages.caller(), id, pendNote), "claim.pended");
    }

    public String upload() {
        if (document == null || document.getSize() == 0) {
            Pages.error("upload.noFile");
            return null;
        }
        try (InputStream content = document.getInputStream()) {
            claims.addDocument(Pages.caller(), id, documentKind, document.getSubmittedFileName(), content.readAllBytes());
            Pages.info("claim.documentAdded");
        } catch (DomainException refused) {
            Pages.error(refused);
            return null;
        } catch (IOException unreadable) {
            Pages.error("upload.noFile");
            return null;
        }
        return reload();
    }

    /** Sends one of the claim's documents (a photo or scan) to the browser, which shows it; the claims module checks the caller again. */
    public void openDocument(long claimId, long documentId) throws IOException {
        ClaimRequests.DocumentContent document;
        try {
            document = claims.document(Pages.caller(), claimId, documentId);
        } catch (DomainException refused) {
            Pages.error(refused);
            return;
        }
        Downloads.show(document.mediaType(), document.fileName() == null ? "document-" + documentId : document.fileName(), document.content());
    }

    /** The documents this kind of claim needs, each marked as on the claim or still missing. */
    public List<org.huzhu.claims.api.RequiredDocuments.Item> getChecklist() {
        return claim == null ? List.of() : org.huzhu.claims.api.RequiredDocuments.checklist(
                org.huzhu.claims.api.assessment.ClaimType.valueOf(claim.type()),
                claim.documents().stream().map(ClaimRequests.DocumentView::kind).toList());
    }

    /** Whether the claim is decided, so it has a decision letter to print or download. */
    public boolean isLetterReady() {
        return claim != null && org.huzhu.reports.api.DecisionLetters.decided(claim.status());
    }

    /** Sends the claim's decision letter (PDF) in Chinese ("zh") or English ("en"); the letter asks the policy about the claim again. */
    public void letter(String language) throws IOException {
        java.util.Locale locale = "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
        byte[] pdf;
        try {
            pdf = letters.pdf(Pages.caller(), id, locale);
        } catch (DomainException refused) {
            Pages.error(refused);
            return;
        }
        Downloads.send("application/pdf", "decision-letter-" + String.format("CL%08d", id) + ("en".equals(language) ? "-en" : "") + ".pdf", pdf);
    }

    private String decide(Runnable decision, String done) {
        try {
            decision.run();
            Pages.info(done, String.format("CL%08d", id));
        } catch (DomainException refused) {
            Pages.error(refused);
            return null;
        }
        return reload();
    }

    private String reload() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClaimRequests.ClaimView getClaim() {
        return claim;
    }

    public String getApproveNote() {
        return approveNote;
    }

    public void setApproveNote(String approveNote) {
        this.approveNote = approveNote;
    }

    public String getPendNote() {
        return pendNote;
    }

    public void setPendNote(String pendNote) {
        this.pendNote = pendNote;
    }

    public String getRejectNote() {
        return rejectNote;
    }

    public void setRejectNote(String rejectNote) {
        this.rejectNote = rejectNote;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public String getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(String documentKind) {
        this.documentKind = documentKind;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
