package org.huzhu.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.huzhu.insurance.api.PlanCatalogue;
import org.huzhu.insurance.api.PlanSummary;
import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.enrolment.Enrolments;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberEventView;
import org.huzhu.members.api.MemberRegistry;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitNameView;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.members.api.UnitView;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

/** Views of the officers' pages: dashboard, units, a unit, a member, the plan catalogue; kept for the page's postbacks. */
@Named
@ViewScoped
public class OfficeViews implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    MemberDirectory directory;

    @Inject
    UnitRegistry units;

    @Inject
    MemberRegistry members;

    @Inject
    Enrolments enrolments;

    @Inject
    Coverage coverage;

    @Inject
    PlanCatalogue catalogue;

    private String unitCode;
    private String residentId;
    private UnitView unit;
    private MemberView member;

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    @Inject
    org.huzhu.claims.api.Claims claims;

    @Inject
    org.huzhu.insurance.api.premium.Premiums premiums;

    /** Claims waiting for an officer (assessed) and for a supervisor's second review. */
    public long claimsWaiting(String status) {
        return claims.queues(null).stream().filter(q -> q.status().equals(status)).mapToLong(q -> q.claims()).sum();
    }

    public long getOpenBills() {
        return premiums.openBills();
    }

    public int getListsWaiting() {
        return enrolments.waiting().size();
    }

    public List<UnitView> getUnits() {
        return directory.units();
    }

    public long getActiveMembers() {
        return directory.units().stream().mapToLong(UnitView::memberCount).sum();
    }

    /** The unit named by the view parameter; for a unit agent only their own. */
    public UnitView getUnit() {
        if (unit == null && unitCode != null) {
            if (!Pages.inRole(Roles.OFFICER) && !Pages.inRole(Roles.SUPERVISOR) && !Pages.inRole(Roles.ADMIN)
                    && !units.isAgentOf(Pages.user(), unitCode)) {
                return null;
            }
            unit = directory.unit(unitCode).orElse(null);
        }
        return unit;
    }

    public List<UnitNameView> getUnitNames() {
        return getUnit() == null ? List.of() : units.names(unitCode);
    }

    public List<MemberView> getUnitMembers() {
        return getUnit() == null ? List.of() : directory.membersOf(unitCode, 0, 500);
    }

    public List<EnrolmentListView> getUnitLists() {
        return getUnit() == null ? List.of() : enrolments.ofUnit(unitCode);
    }

    public MemberView getMember() {
        if (member == null && residentId != null && !residentId.isBlank()) {
            try {
                member = directory.findByResidentId(ResidentId.parse(residentId)).orElse(null);
                if (member == null) {
                    Pages.error("member.notFound", residentId);
                }
            } catch (DomainException invalid) {
                Pages.error(invalid);
            }
        }
        return member;
    }

    public List<MemberEventView> getMemberHistory() {
        return getMember() == null ? List.of() : members.history(ResidentId.parse(member.residentId()));
    }

    public List<CoverageView> getMemberCoverage() {
        return getMember() == null ? List.of() : coverage.of(ResidentId.parse(member.residentId()), LocalDate.now(SHANGHAI), Pages.locale());
    }

    public List<org.huzhu.claims.api.ClaimRequests.ClaimSummary> getMemberClaims() {
        return getMember() == null ? List.of() : claims.search(null, null, member.residentId());
    }

    /** A unit agent's claims: every claim of their own unit. */
    public List<org.huzhu.claims.api.ClaimRequests.ClaimSummary> getAgentClaims() {
        return units.unitOfAgent(Pages.user()).map(unit -> claims.search(null, unit, null)).orElse(List.of());
    }

    /** Every plan version as "PLAN/VERSION", for the administrator's forms. */
    public List<String> getVersionChoices() {
        return catalogue.plans(Pages.locale()).stream()
                .flatMap(plan -> plan.versions().stream().map(v -> plan.code() + "/" + v.versionCode())).toList();
    }

    public List<PlanSummary> getPlans() {
        return catalogue.plans(Pages.locale());
    }
}
