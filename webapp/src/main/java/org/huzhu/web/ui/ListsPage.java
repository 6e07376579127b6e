package org.huzhu.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.huzhu.insurance.api.enrolment.BulkConfirmation;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.enrolment.Enrolments;
import org.huzhu.insurance.api.enrolment.ListSelection;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;

/**
 * Lists waiting for the district union: a supervisor confirms (on a date) or rejects (with a reason) one list, or
 * ticks several (or all) and confirms them in one action; lists that cannot be confirmed are told with the reason.
 */
@Named
@RequestScoped
public class ListsPage {

    @Inject
    Enrolments enrolments;

    @Inject
    AccessPolicy policy;

    @Inject
    BusinessClock clock;

    private LocalDate confirmedOn;
    private String note;
    private final Map<Long, Boolean> selected = new HashMap<>();

    @PostConstruct
    void startFromToday() {
        confirmedOn = clock.today();
    }

    public List<EnrolmentListView> getWaiting() {
        return enrolments.waiting(Pages.caller());
    }

    /** Whether the caller confirms lists (the tick boxes and buttons); each confirmation is checked again, list by list. */
    public boolean isSupervisor() {
        return !policy.scope(Pages.caller(), Action.CONFIRM_LIST).isEmpty();
    }

    public String confirm(long listId) {
        try {
            enrolments.confirm(Pages.caller(), listId, confirmedOn);
            Pages.info("lists.confirmed", listId);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
        return "/officer/lists.xhtml?faces-redirect=true";
    }

    public String confirmSelected() {
        List<Long> ids = selected.entrySet().stream().filter(pick -> Boolean.TRUE.equals(pick.getValue())).map(Map.Entry::getKey).sorted().toList();
        if (ids.isEmpty()) {
            Pages.error("lists.noneSelected");
            return null;
        }
        try {
            BulkConfirmation done = enrolments.confirmAll(Pages.caller(), ListSelection.lists(ids), confirmedOn);
            Pages.info("lists.bulkConfirmed", done.listsConfirmed(), done.enrolments(), done.bills(), done.billed());
            for (BulkConfirmation.SkippedList skipped : done.skipped()) {
                Pages.error("lists.bulkSkipped", skipped.listId(), skipped.reason().text(Pages.locale()));
            }
        } catch (DomainException refused) {
            Pages.error(refused);
        }
        return "/officer/lists.xhtml?faces-redirect=true";
    }

    public String reject(long listId) {
        try {
            enrolments.reject(Pages.caller(), listId, note == null || note.isBlank() ? "-" : note);
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

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
