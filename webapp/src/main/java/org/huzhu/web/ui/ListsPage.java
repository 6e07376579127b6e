package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.enrolment.Enrolments;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

/** Lists waiting for the district union: a supervisor confirms (on a date) or rejects (with a reason). */
@Named
@RequestScoped
public class ListsPage {

    @Inject
    Enrolments enrolments;

    private LocalDate confirmedOn = LocalDate.now(OfficeViews.SHANGHAI);
    private String note;

    public List<EnrolmentListView> getWaiting() {
        return enrolments.waiting();
    }

    public boolean isSupervisor() {
        return Pages.inRole(Roles.SUPERVISOR);
    }

    public String confirm(long listId) {
        try {
            enrolments.confirm(listId, confirmedOn, Pages.user());
            Pages.info("lists.confirmed", listId);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
        return "/officer/lists.xhtml?faces-redirect=true";
    }

    public String reject(long listId) {
        try {
            enrolments.reject(listId, note == null || note.isBlank() ? "-" : note, Pages.user());
            Pages.info("lists.rejected", listId);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
        return "/officer/lists.xhtml?faces-redirect=true";
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public void setConfirmedOn(LocalDate confirmedOn) {
        this.confirmedOn = confirmedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
