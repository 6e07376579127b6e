package org.huzhu.members.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;

import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.UnitView;
import org.huzhu.members.api.access.Action;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;
import org.junit.jupiter.api.Test;

class OrganisationRuleTest {

    private static final LocalDate FOUNDED = LocalDate.of(1994, 1, 1);
    private static final UnitView ASSOCIATION = new UnitView(1, "SH", OrganisationKind.ASSOCIATION, "互助会", null, 0, FOUNDED, null);
    private static final UnitView PUDONG = new UnitView(2, "PD", OrganisationKind.DISTRICT_UNION, "浦东新区总工会", "SH", 0, FOUNDED, null);
    private static final UnitView UNIT = new UnitView(3, "PD-0001", OrganisationKind.UNIT, "机械厂工会", "PD", 120, FOUNDED, null);
    private static final UnitView OFFICE = new UnitView(4, "PD-C001", OrganisationKind.COMMUNITY, "社区工作站", "PD", 90, FOUNDED, null);

    @Test
    void officersSupervisorsActuariesAndAgentsNeedAnOrganisation() {
        for (String role : Set.of(Roles.OFFICER, Roles.SUPERVISOR, Roles.ACTUARY, Roles.UNIT_AGENT)) {
            assertEquals("account.organisation.required", refusal(Set.of(role), null, null));
        }
    }

    @Test
    void anAdministratorNeedsNone() {
        assertDoesNotThrow(() -> OrganisationRule.check(Set.of(Roles.ADMIN), null, null));
        assertDoesNotThrow(() -> OrganisationRule.check(Set.of(Roles.ADMIN), "SH", ASSOCIATION));
    }

    @Test
    void anAgentBelongsToAUnitOrCommunityOffice() {
        assertEquals("account.organisation.agentNeedsUnit", refusal(Set.of(Roles.UNIT_AGENT), "PD", PUDONG));
        assertDoesNotThrow(() -> OrganisationRule.check(Set.of(Roles.UNIT_AGENT), "PD-0001", UNIT));
        assertDoesNotThrow(() -> OrganisationRule.check(Set.of(Roles.UNIT_AGENT), "PD-C001", OFFICE));
    }

    @Test
    void staffBelongToTheAssociationADistrictOrAUnit() {
        assertDoesNotThrow(() -> OrganisationRule.check(Set.of(Roles.OFFICER), "SH", ASSOCIATION));
        assertDoesNotThrow(() -> OrganisationRule.check(Set.of(Roles.SUPERVISOR, Roles.OFFICER), "PD", PUDONG));
        assertDoesNotThrow(() -> OrganisationRule.check(Set.of(Roles.OFFICER), "PD-0001", UNIT));
    }

    @Test
    void anUnknownOrClosedOrganisationIsRefused() {
        assertEquals("account.organisation.unknown", refusal(Set.of(Roles.OFFICER), "XX", null));
        UnitView merged = new UnitView(5, "PD-0009", OrganisationKind.UNIT, "已合并", "PD", 0, FOUNDED, LocalDate.of(2020, 1, 1));
        assertEquals("account.organisation.closed", refusal(Set.of(Roles.UNIT_AGENT), "PD-0009", merged));
    }

    @Test
    void aUnitAgentAccountAloneIsASupervisorsToManage() {
        assertEquals(Action.MANAGE_AGENT_ACCOUNT, StaffAccounts.actionFor(Set.of(Roles.UNIT_AGENT)));
        assertEquals(Action.MANAGE_STAFF_ACCOUNT, StaffAccounts.actionFor(Set.of(Roles.UNIT_AGENT, Roles.OFFICER)));
        assertEquals(Action.MANAGE_STAFF_ACCOUNT, StaffAccounts.actionFor(Set.of(Roles.MEMBER)));
    }

    private static String refusal(Set<String> roles, String requested, UnitView organisation) {
        return assertThrows(DomainException.class, () -> OrganisationRule.check(roles, requested, organisation)).code();
    }
}
