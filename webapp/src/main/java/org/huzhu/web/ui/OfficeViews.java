package org.huzhu.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.huzhu.insurance.api.PlanCatalogue;
import org.huzhu.insurance.api.PlanSummary;
import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.enrolment.Enrolments;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;
import org.huzhu.members.api.MemberEventView;
import org.huzhu.members.api.MemberRegistry;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitNameView;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.members.api.UnitView;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Scope;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;

/**
 * Views of the officers' pages: dashboard, units, a unit, a member, the plan catalogue; kept for the page's postbacks.
 * The unit and the member shown are checked by the access policy each time the code or ID changes (a view parameter is
 * applied again on a postback), and what is read of them uses the checked object, never the raw parameter.
 */
@Named
@ViewScoped
public class OfficeViews implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    MemberDirectory directory;

    @Inject
    AuditTrail audit;

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

    @Inject
    AccessPolicy policy;

    @Inject
    org.huzhu.claims.api.Claims claims;

    @Inject
    org.huzhu.insurance.api.premium.Premiums premiums;

    @Inject
    BusinessClock clock;

    private String unitCode;
    private String residentId;
    private Long memberNumber;
    private UnitView unit;
    private String refusedUnit;
    private MemberView member;
    private String refusedMember;

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        if (!Objects.equals(this.unitCode, unitCode)) {
            unit = null;
        }
        this.unitCode = unitCode;
    }

    public String getResidentId() {
        return residentId;
    }

    /** The member's number, as the lists link to it (they show the resident ID masked). */
    public Long getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(Long memberNumber) {
        if (!Objects.equals(this.memberNumber, memberNumber)) {
            member = null;
        }
        this.memberNumber = memberNumber;
    }

    public void setResidentId(String residentId) {
        if (!Objects.equals(this.residentId, residentId)) {
            member = null;
        }
        this.residentId = residentId;
    }

    /** Claims waiting for an officer (assessed) and for a supervisor's second review, in the caller's units. */
    public long claimsWaiting(String status) {
        return claims.queues(Pages.caller(), null).stream().filter(q -> q.status().equals(status)).mapToLong(q -> q.claims()).sum();
    }

    public long getOpenBills() {
        return premiums.openBills(Pages.caller());
    }

    public int getListsWaiting() {
        return enrolments.waiting(Pages.caller()).size();
    }

    /** The organisations the caller may see: theirs and those beneath it. */
    public List<UnitView> getUnits() {
        Scope scope = policy.scope(Pages.caller(), Action.READ_UNIT);
        return directory.units().stream().filter(u -> scope.includes(u.code())).toList();
    }

    public long getActiveMembers() {
        return getUnits().stream().mapToLong(UnitView::memberCount).sum();
    }

    /** The unit named by the view parameter, when the policy lets the caller read it; a refusal is told once on the page. */
    public UnitView getUnit() {
        if (unit == null && unitCode != null && !unitCode.isBlank() && !unitCode.equals(refusedUnit)) {
            UnitView found = directory.unit(unitCode.strip()).orElse(null);
            try {
                if (found != null) {
                    policy.require(Pages.caller(), Action.READ_UNIT, Target.unit(found.code()));
                    unit = found;
                }
            } catch (DomainException refused) {
                refusedUnit = unitCode;
                Pages.error(refused);
            }
        }
        return unit;
    }

    public List<UnitNameView> getUnitNames() {
        return getUnit() == null ? List.of() : units.names(unit.code());
    }

    public List<MemberView> getUnitMembers() {
        return getUnit() == null ? List.of() : directory.membersOf(unit.code(), 0, 500);
    }

    public List<EnrolmentListView> getUnitLists() {
        return getUnit() == null ? List.of() : enrolments.ofUnit(Pages.caller(), unit.code());
    }

    /** The member named by the view parameter, when the policy lets the caller read them; a refusal is told once on the page. */
    public MemberView getMember() {
        boolean byId = residentId != null && !residentId.isBlank();
        String asked = byId ? residentId : memberNumber == null ? null : "#" + memberNumber;
        if (member == null && asked != null && !asked.equals(refusedMember)) {
            refusedMember = asked;
            try {
                String key = byId ? ResidentId.parse(residentId).value() : asked;
                MemberView found = (byId ? directory.findByResidentId(ResidentId.parse(key)) : directory.findById(memberNumber)).orElse(null);
                // out of reach alike whether the person is another unit's member or nobody's
                policy.require(Pages.caller(), Action.READ_MEMBER, Target.member(found == null ? null : found.unitCode(),
                        found == null ? key : found.residentId()));
                if (found == null) {
                    Pages.error("member.notFound", asked);
                } else {
                    member = found;
                    refusedMember = null;
                    audit.read(Pages.caller().username(), AuditedObject.MEMBER, found.residentId());
                }
            } catch (DomainException refused) {
                Pages.error(refused);
            }
        }
        return member;
    }

    public List<MemberEventView> getMemberHistory() {
        return getMember() == null ? List.of() : members.history(ResidentId.parse(member.residentId()));
    }

    public List<CoverageView> getMemberCoverage() {
        return getMember() == null ? List.of() : coverage.of(ResidentId.parse(member.residentId()), clock.today(), Pages.locale());
    }

    public List<org.huzhu.claims.api.ClaimRequests.ClaimSummary> getMemberClaims() {
        return getMember() == null ? List.of() : claims.search(Pages.caller(), null, null, member.residentId());
    }

    /** A unit agent's claims: every claim of their own unit. */
    public List<org.huzhu.claims.api.ClaimRequests.ClaimSummary> getAgentClaims() {
        return units.unitOfAgent(Pages.user()).map(own -> claims.search(Pages.caller(), null, own, null)).orElse(List.of());
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
