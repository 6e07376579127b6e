package org.huzhu.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

import org.huzhu.insurance.api.PlanAdministration;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.DomainException;

/** Administrators start a new plan year as a copy of a version and change its rules before anyone enrols. */
@Named
@ViewScoped
public class PlanAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanAdministration plans;

    @Inject
    transient AccessPolicy policy;

    private String source;
    private String newVersion;
    private LocalDate periodStart;
    private java.math.BigDecimal expectedLossRatio;
    private String target;
    private String rules;

    public boolean isAdmin() {
        return policy.allows(Pages.caller(), Action.MANAGE_PLANS, Target.association());
    }

    public void copy() {
        try {
            mayManage();
            String[] from = source.split("/", 2);
            plans.copyVersion(from[0], from[1], newVersion, periodStart, expectedLossRatio);
            Pages.info("plans.copied", from[0], newVersion);
            target = from[0] + "/" + newVersion;
            rules = plans.rules(from[0], newVersion);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    public void load() {
        try {
            mayManage();
            String[] version = target.split("/", 2);
            rules = plans.rules(version[0], version[1]);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    public void save() {
        try {
            mayManage();
            String[] version = target.split("/", 2);
            plans.replaceRules(version[0], version[1], rules);
            Pages.info("plans.saved", target);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    private void mayManage() {
        policy.require(Pages.caller(), Action.MANAGE_PLANS, Target.association());
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getNewVersion() { return newVersion; }
    public void setNewVersion(String newVersion) { this.newVersion = newVersion; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public java.math.BigDecimal getExpectedLossRatio() { return expectedLossRatio; }
    public void setExpectedLossRatio(java.math.BigDecimal expectedLossRatio) { this.expectedLossRatio = expectedLossRatio; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getRules() { return rules; }
    public void setRules(String rules) { this.rules = rules; }
}
