package org.huzhu.members.account;

import java.util.Set;

import org.huzhu.members.api.MembersMessages;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.UnitView;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

/**
 * The organisation a staff account belongs to: officers, supervisors, actuaries and unit agents need one (an agent's is
 * a unit or community office); it must exist and be open. Administrators may have one.
 */
final class OrganisationRule {

    private static final Set<String> NEED_ONE = Set.of(Roles.OFFICER, Roles.SUPERVISOR, Roles.ACTUARY, Roles.UNIT_AGENT);

    private OrganisationRule() {
    }

    /**
     * @param requested the code asked for (blank for none)
     * @param organisation what the code names, null when nothing (or nothing was asked for)
     */
    static void check(Set<String> roles, String requested, UnitView organisation) {
        boolean asked = requested != null && !requested.isBlank();
        if (asked && organisation == null) {
            throw invalid("account.organisation.unknown", requested.strip());
        }
        if (organisation != null && organisation.validTo() != null) {
            throw invalid("account.organisation.closed", organisation.code(), organisation.validTo().toString());
        }
        if (organisation == null && roles.stream().anyMatch(NEED_ONE::contains)) {
            throw invalid("account.organisation.required", String.join(", ", roles.stream().filter(NEED_ONE::contains).sorted().toList()));
        }
        if (roles.contains(Roles.UNIT_AGENT) && !isUnit(organisation.kind())) {
            throw invalid("account.organisation.agentNeedsUnit", organisation.code());
        }
    }

    static boolean isUnit(OrganisationKind kind) {
        return kind == OrganisationKind.UNIT || kind == OrganisationKind.COMMUNITY;
    }

    private static DomainException invalid(String code, Object... arguments) {
        return new DomainException(MembersMessages.BUNDLE, code, DomainException.Kind.INVALID, arguments);
    }
}
