package org.huzhu.web.ui;

import jakarta.faces.context.ExternalContext;
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
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

/**
 * One claim: its facts, the assessment with an explanation line for each rule, why anything is not paid, the
 * documents and the status timeline. Officers decide (a supervisor gives the second review); members see
 * only their own claims and unit agents only their unit's, whatever id they put in the address.
 */
@Named
@ViewScoped
public class ClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Claims claims;

    @Inject
    transient MemberDirectory directory;

    @Inject
    transient UnitRegistry units;

    private Long id;
    private ClaimRequests.ClaimView claim;
    private String note;
    private String rejectReason;
    private String documentKind = "INVOICE";
    private transient Part document;

    /** Loads the claim, or answers 403/404 when the caller may not see it. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (id == null) {
            external.responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            claim = claims.view(id, Pages.locale());
        } catch (DomainException notFound) {
            external.responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (!mayRead(claim)) {
            claim = null;
            external.responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private boolean mayRead(ClaimRequests.ClaimView view) {
        if (isStaff()) {
            return true;
        }
        if (Pages.inRole(Roles.MEMBER) && ResidentId.isValid(Pages.user())) {
            return view.residentId().equals(ResidentId.parse(Pages.user()).value());
        }
        return Pages.inRole(Roles.UNIT_AGENT) && units.isAgentOf(Pages.user(), view.unitCode());
    }

    public boolean isStaff() {
        return Pages.inRole(Roles.OFFICER) || Pages.inRole(Roles.SUPERVISOR) || Pages.inRole(Roles.ADMIN);
    }

    public boolean isSupervisor() {
        return Pages.inRole(Roles.SUPERVISOR);
    }

    public List<ClaimRequests.EventView> getHistory() {
        return claim == null ? List.of() : claims.history(claim.id());
    }

    public List<String> getRejectReasons() {
        return claims.rejectReasons();
    }

    public String approve() {
        return decide(() -> claims.approve(id, Pages.user(), isSupervisor(), note), "claim.approved");
    }

    public String reject() {
        return decide(() -> claims.reject(id, Pages.user(), isSupervisor(), rejectReason, note), "claim.rejected");
    }

    public String pend() {
        return decide(() -> claims.pend(id, Pages.user(), isSupervisor(), note), "claim.pended");
    }

    public String upload() {
        if (document == null || document.getSize() == 0) {
            Pages.error("upload.noFile");
            return null;
        }
        try (InputStream content = document.getInputStream()) {
            claims.addDocument(id, documentKind, document.getSubmittedFileName(), content.readAllBytes(), Pages.user());
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

    private String decide(Runnable decision, String done) {
        try {
            decision.run();
            Pages.info(done, claim.reference());
        } catch (DomainException refused) {
            Pages.error(refused);
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
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
