package org.huzhu.members.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Roles;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, on a hierarchy of Shanghai: the association SH, the district unions PD (Pudong) and JA (Jing'an),
 * units PD-0001 and JA-0001 beneath them.
 */
class AccessRulesTest {

    private static final Map<String, List<String>> CHAINS = Map.of(
            "SH", List.of("SH"),
            "PD", List.of("PD", "SH"),
            "JA", List.of("JA", "SH"),
            "PD-0001", List.of("PD-0001", "PD", "SH"),
            "JA-0001", List.of("JA-0001", "JA", "SH"));

    private static final Standing PUDONG_OFFICER = at(Caller.of("pd.officer", Roles.OFFICER), "PD", OrganisationKind.DISTRICT_UNION);
    private static final Standing PUDONG_SUPERVISOR = at(Caller.of("pd.supervisor", Roles.SUPERVISOR, Roles.OFFICER), "PD",
            OrganisationKind.DISTRICT_UNION);
    private static final Standing PUDONG_SUPERVISOR_2 = at(Caller.of("pd.supervisor2", Roles.SUPERVISOR), "PD", OrganisationKind.DISTRICT_UNION);
    private static final Standing ASSOCIATION_OFFICER = at(Caller.of("sh.officer", Roles.OFFICER), "SH", OrganisationKind.ASSOCIATION);
    private static final Standing ADMINISTRATOR = Standing.of(Caller.of("admin", Roles.ADMIN));
    private static final Standing AGENT = at(Caller.of("agent", Roles.UNIT_AGENT), "PD-0001", OrganisationKind.UNIT);
    private static final Standing MEMBER = Standing.of(Caller.of("310115198203150412", Roles.MEMBER));
    private static final Standing ASSOCIATION_ACTUARY = at(Caller.of("sh.actuary", Roles.ACTUARY), "SH", OrganisationKind.ASSOCIATION);
    private static final Standing PUDONG_ACTUARY = at(Caller.of("pd.actuary", Roles.ACTUARY), "PD", OrganisationKind.DISTRICT_UNION);

    @Test
    void anOfficerOfPudongCannotReadAJinganUnit() {
        Optional<Refusal> refusal = decide(PUDONG_OFFICER, Action.READ_UNIT, Target.unit("JA-0001"));
        assertEquals("access.outsideScope", refusal.orElseThrow().code());
        assertEquals(List.of("JA-0001", "PD"), refusal.get().arguments());
    }

    @Test
    void anOfficerOfPudongActsOnPudongAndEveryUnitBeneathIt() {
        for (Action action : List.of(Action.READ_UNIT, Action.READ_MEMBER, Action.MANAGE_MEMBER, Action.SUBMIT_LIST, Action.READ_PREMIUM,
                Action.RECORD_PAYMENT, Action.READ_CLAIM, Action.DECIDE_CLAIM)) {
            assertAllowed(PUDONG_OFFICER, action, Target.unit("PD-0001"));
            assertAllowed(PUDONG_OFFICER, action, Target.unit("PD"));
            assertRefused(PUDONG_OFFICER, action, Target.unit("JA-0001"), "access.outsideScope");
            assertRefused(PUDONG_OFFICER, action, Target.unit("SH"), "access.outsideScope");
        }
    }

    @Test
    void associationStaffAndAdministratorsReachEveryUnit() {
        assertAllowed(ASSOCIATION_OFFICER, Action.READ_CLAIM, Target.unit("JA-0001"));
        assertAllowed(ASSOCIATION_OFFICER, Action.RECORD_PAYMENT, Target.unit("PD-0001"));
        assertAllowed(ADMINISTRATOR, Action.READ_MEMBER, Target.member("JA-0001", "310101197601010018"));
        assertEquals(AccessRules.Reach.EVERYTHING, AccessRules.reach(ASSOCIATION_OFFICER, Action.READ_UNIT));
        assertEquals(AccessRules.Reach.EVERYTHING, AccessRules.reach(ADMINISTRATOR, Action.READ_UNIT));
        assertEquals(AccessRules.Reach.ORGANISATION, AccessRules.reach(PUDONG_OFFICER, Action.READ_UNIT));
    }

    @Test
    void staffWithoutARecordedOrganisationCountAsTheAssociation() {
        Standing unplaced = Standing.of(Caller.of("it-officer", Roles.OFFICER));
        assertAllowed(unplaced, Action.READ_CLAIM, Target.unit("JA-0001"));
        assertAllowed(unplaced, Action.ASSOCIATION_WORK, Target.association());
    }

    @Test
    void theFilerNeverApprovesTheirOwnClaim() {
        Target small = Target.claim("CL00000042", "PD-0001", "310115198203150412", "pd.officer", null);
        assertRefused(PUDONG_OFFICER, Action.APPROVE_CLAIM, small, "access.claim.ownClaim");
        assertAllowed(PUDONG_SUPERVISOR, Action.APPROVE_CLAIM, small);
        assertAllowed(PUDONG_OFFICER, Action.DECIDE_CLAIM, small);
    }

    @Test
    void theFilerNeverGivesTheSecondReviewEither() {
        Target filedBySupervisor = Target.claim("CL00000043", "PD-0001", "310115198203150412", "pd.supervisor", "pd.supervisor2");
        assertRefused(PUDONG_SUPERVISOR, Action.SECOND_REVIEW_CLAIM, filedBySupervisor, "access.claim.ownClaim");
    }

    @Test
    void theSecondReviewIsASupervisorOtherThanTheFirstReviewer() {
        Target waiting = Target.claim("CL00000044", "PD-0001", "310115198203150412", "pd.officer", "pd.supervisor");
        assertRefused(PUDONG_SUPERVISOR, Action.SECOND_REVIEW_CLAIM, waiting, "access.claim.secondReview.fourEyes");
        assertRefused(ASSOCIATION_OFFICER, Action.SECOND_REVIEW_CLAIM, waiting, "access.claim.secondReview.supervisorOnly");
        assertAllowed(PUDONG_SUPERVISOR_2, Action.SECOND_REVIEW_CLAIM, waiting);
    }

    @Test
    void aListIsConfirmedByASupervisorOtherThanItsSubmitter() {
        Target submitted = Target.list(12, "PD-0001", "pd.supervisor");
        assertRefused(PUDONG_SUPERVISOR, Action.CONFIRM_LIST, submitted, "access.list.ownList");
        assertAllowed(PUDONG_SUPERVISOR_2, Action.CONFIRM_LIST, submitted);
        assertRefused(PUDONG_OFFICER, Action.CONFIRM_LIST, Target.list(13, "PD-0001", "agent"), "access.role");
        assertRefused(PUDONG_SUPERVISOR_2, Action.CONFIRM_LIST, Target.list(14, "JA-0001", "agent"), "access.outsideScope");
    }

    @Test
    void aUnitAgentActsForTheirOwnUnitOnly() {
        assertAllowed(AGENT, Action.SUBMIT_LIST, Target.unit("PD-0001"));
        assertAllowed(AGENT, Action.ADD_CLAIM_DOCUMENT, Target.claim("CL00000045", "PD-0001", "310115198203150412", "agent", null));
        assertRefused(AGENT, Action.READ_UNIT, Target.unit("PD"), "access.notYourUnit");
        assertRefused(AGENT, Action.ADD_CLAIM_DOCUMENT, Target.claim("CL00000046", "JA-0001", "310101197601010018", "ja.officer", null),
                "access.notYourUnit");
        assertRefused(AGENT, Action.APPROVE_CLAIM, Target.claim("CL00000045", "PD-0001", "310115198203150412", "agent", null), "access.role");
        assertEquals(AccessRules.Reach.OWN_UNIT, AccessRules.reach(AGENT, Action.READ_CLAIM));
    }

    @Test
    void aUnitAgentWithoutAUnitReachesNothing() {
        Standing placedAtTheDistrict = at(Caller.of("agent2", Roles.UNIT_AGENT), "PD", OrganisationKind.DISTRICT_UNION);
        assertRefused(placedAtTheDistrict, Action.READ_UNIT, Target.unit("PD"), "access.notYourUnit");
        assertEquals(AccessRules.Reach.NOTHING, AccessRules.reach(Standing.of(Caller.of("agent3", Roles.UNIT_AGENT)), Action.READ_UNIT));
    }

    @Test
    void aMemberReadsOnlyTheirOwnCoverAndClaims() {
        assertAllowed(MEMBER, Action.READ_COVERAGE, Target.member("PD-0001", "310115198203150412"));
        assertAllowed(MEMBER, Action.ADD_CLAIM_DOCUMENT, Target.claim("CL00000047", "PD-0001", "310115198203150412", "310115198203150412", null));
        assertRefused(MEMBER, Action.READ_CLAIM, Target.claim("CL00000048", "PD-0001", "310115198203150420", "pd.officer", null), "access.notYours");
        assertRefused(MEMBER, Action.ADD_CLAIM_DOCUMENT, Target.claim("CL00000048", "PD-0001", "310115198203150420", "pd.officer", null),
                "access.notYours");
        assertRefused(MEMBER, Action.READ_UNIT, Target.unit("PD-0001"), "access.role");
    }

    @Test
    void anActuaryReadsTheReportsAndNothingOfUnitsMembersOrClaims() {
        assertAllowed(PUDONG_ACTUARY, Action.READ_REPORTS, Target.association());
        assertAllowed(ASSOCIATION_ACTUARY, Action.READ_REPORTS, Target.association());
        for (Action action : List.of(Action.READ_UNIT, Action.READ_MEMBER, Action.READ_PREMIUM, Action.READ_CLAIM, Action.READ_COVERAGE)) {
            assertRefused(ASSOCIATION_ACTUARY, action, Target.unit("PD-0001"), "access.role");
        }
        assertRefused(PUDONG_OFFICER, Action.READ_REPORTS, Target.association(), "access.role");
    }

    @Test
    void associationWorkIsForAssociationStaff() {
        assertAllowed(ASSOCIATION_OFFICER, Action.ASSOCIATION_WORK, Target.association());
        assertAllowed(ASSOCIATION_ACTUARY, Action.ASSOCIATION_WORK, Target.association());
        assertAllowed(ADMINISTRATOR, Action.ASSOCIATION_WORK, Target.association());
        assertRefused(PUDONG_SUPERVISOR, Action.ASSOCIATION_WORK, Target.association(), "access.associationOnly");
        assertRefused(PUDONG_ACTUARY, Action.ASSOCIATION_WORK, Target.association(), "access.associationOnly");
        assertRefused(AGENT, Action.ASSOCIATION_WORK, Target.association(), "access.role");
    }

    @Test
    void aSupervisorManagesTheAgentAccountsBeneathTheirOrganisationOnly() {
        assertAllowed(PUDONG_SUPERVISOR, Action.MANAGE_AGENT_ACCOUNT, Target.account("li.na", "PD-0001"));
        assertRefused(PUDONG_SUPERVISOR, Action.MANAGE_AGENT_ACCOUNT, Target.account("wang.fang", "JA-0001"), "access.outsideScope");
        assertRefused(PUDONG_SUPERVISOR, Action.MANAGE_STAFF_ACCOUNT, Target.account("zhang.wei", "PD"), "access.account.agentsOnly");
        assertRefused(PUDONG_OFFICER, Action.MANAGE_AGENT_ACCOUNT, Target.account("li.na", "PD-0001"), "access.role");
        assertAllowed(ADMINISTRATOR, Action.MANAGE_STAFF_ACCOUNT, Target.account("zhang.wei", "PD"));
    }

    @Test
    void aDistrictSupervisorCreatesUnitsUnderTheirDistrictOnly() {
        assertAllowed(PUDONG_SUPERVISOR, Action.MANAGE_UNIT, Target.unit("PD"));
        assertRefused(PUDONG_SUPERVISOR, Action.MANAGE_UNIT, Target.unit("SH"), "access.outsideScope");
        assertRefused(PUDONG_SUPERVISOR, Action.MANAGE_UNIT, Target.association(), "access.associationOnly");
        assertRefused(PUDONG_OFFICER, Action.MANAGE_UNIT, Target.unit("PD-0001"), "access.role");
    }

    @Test
    void onlyAdministratorsReadTheAuditTrailAndTheReadLog() {
        assertAllowed(ADMINISTRATOR, Action.READ_AUDIT, Target.association());
        for (Standing other : List.of(ASSOCIATION_OFFICER, PUDONG_SUPERVISOR, ASSOCIATION_ACTUARY, AGENT, MEMBER)) {
            assertRefused(other, Action.READ_AUDIT, Target.association(), "access.role");
        }
    }

    @Test
    void aResidentIdOfAnotherUnitIsRefusedExactlyLikeOneThatNobodyHas() {
        String elsewhere = "310115198203150412";
        String nobody = "110101199003070014";
        for (Standing caller : List.of(AGENT, PUDONG_OFFICER, PUDONG_SUPERVISOR)) {
            for (Action action : List.of(Action.READ_COVERAGE, Action.FILE_CLAIM, Action.READ_MEMBER)) {
                Refusal employed = decide(caller, action, Target.member("JA-0001", elsewhere)).orElseThrow();
                Refusal unknown = decide(caller, action, Target.member(null, nobody)).orElseThrow();
                assertEquals("access.member.outOfReach", employed.code(), caller.caller().username() + " " + action);
                assertEquals(employed.code(), unknown.code(), caller.caller().username() + " " + action);
                assertEquals(List.of(elsewhere), employed.arguments(), "names the person asked about, not their unit");
                assertEquals(List.of(nobody), unknown.arguments());
            }
        }
        assertRefused(PUDONG_OFFICER, Action.READ_UNIT, Target.unit("JA-0001"), "access.outsideScope");
    }

    @Test
    void theFullResidentIdAndBankCardAreForStaffOverTheUnitAndTheMemberThemselves() {
        Target pudongMember = Target.member("PD-0001", "310115198203150412");
        assertAllowed(PUDONG_OFFICER, Action.READ_PERSONAL_DETAILS, pudongMember);
        assertAllowed(ADMINISTRATOR, Action.READ_PERSONAL_DETAILS, pudongMember);
        assertAllowed(MEMBER, Action.READ_PERSONAL_DETAILS, pudongMember);
        assertRefused(AGENT, Action.READ_PERSONAL_DETAILS, pudongMember, "access.role");
        assertRefused(ASSOCIATION_ACTUARY, Action.READ_PERSONAL_DETAILS, pudongMember, "access.role");
        assertAllowed(AGENT, Action.READ_MEMBER, pudongMember);
    }

    private static Standing at(Caller caller, String organisation, OrganisationKind kind) {
        return Standing.of(caller).at(organisation, kind);
    }

    private static Optional<Refusal> decide(Standing standing, Action action, Target target) {
        return AccessRules.decide(standing, action, target, target.belongsToUnit() ? CHAINS.getOrDefault(target.unitCode(), List.of()) : List.of());
    }

    private static void assertAllowed(Standing standing, Action action, Target target) {
        Optional<Refusal> refusal = decide(standing, action, target);
        assertTrue(refusal.isEmpty(), standing.caller().username() + " " + action + " " + target + ": " + refusal);
    }

    @Test
    void aRefusalByRoleNamesTheRolesThatWouldBeAllowedInTheReadersLanguage() {
        Refusal refusal = decide(MEMBER, Action.READ_UNIT, Target.unit("PD-0001")).orElseThrow();
        assertEquals("Your role does not allow this action; it is open to: Unit agent, Officer, Supervisor, Administrator.",
                refusal.exception().detail(org.huzhu.platform.api.SupportedLocales.ENGLISH));
        assertEquals("您的角色无权执行此操作；可执行此操作的角色：单位代办员、经办人员、主管、管理员。",
                refusal.exception().detail(org.huzhu.platform.api.SupportedLocales.CHINESE));
    }

    private static void assertRefused(Standing standing, Action action, Target target, String code) {
        Optional<Refusal> refusal = decide(standing, action, target);
        assertTrue(refusal.isPresent(), standing.caller().username() + " " + action + " " + target + " should be refused");
        assertEquals(code, refusal.get().code(), standing.caller().username() + " " + action + " " + target);
    }
}
