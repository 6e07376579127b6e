package org.huzhu.members.access;

import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.access.Caller;

/**
 * A caller with the organisation their account belongs to: null when none is recorded (the first administrator, and
 * accounts made at start-up or by tests with {@code Accounts.createIfAbsent}), which for staff roles counts as the
 * association. The accounts API never creates a staff account without an organisation.
 */
record Standing(Caller caller, String organisationCode, OrganisationKind organisationKind) {

    static Standing of(Caller caller) {
        return new Standing(caller, null, null);
    }

    Standing at(String code, OrganisationKind kind) {
        return new Standing(caller, code, kind);
    }

    /** Staff here see every unit: the association, or no organisation recorded. */
    boolean associationWide() {
        return organisationCode == null || organisationKind == OrganisationKind.ASSOCIATION;
    }

    /** The unit an agent acts for: their organisation, when it is a unit or community office. */
    String agentUnit() {
        boolean unit = organisationKind == OrganisationKind.UNIT || organisationKind == OrganisationKind.COMMUNITY;
        return caller.holds(org.huzhu.platform.api.Roles.UNIT_AGENT) && unit ? organisationCode : null;
    }
}
