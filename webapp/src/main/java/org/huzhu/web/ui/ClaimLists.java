package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.Claims;
import org.huzhu.members.api.ResidentId;

/** Work queues and claim lists: officers by status over their units, a member their own claims. */
@Named
@RequestScoped
public class ClaimLists {

    @Inject
    Claims claims;

    private String status;

    public List<ClaimRequests.Queue> getQueues() {
        return claims.queues(Pages.caller(), null);
    }

    public List<ClaimRequests.ClaimSummary> getClaims() {
        return claims.search(Pages.caller(), status, null, null);
    }

    public List<ClaimRequests.ClaimSummary> getMine() {
        return claims.search(Pages.caller(), null, null, ResidentId.parse(Pages.user()).value());
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
