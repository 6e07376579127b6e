package org.huzhu.members.api;

import java.time.LocalDate;
import java.util.List;

/** Creates units and records their renames, merges and splits, keeping every member's history. */
public interface UnitRegistry {

    UnitView create(String code, OrganisationKind kind, String parentCode, String name, LocalDate from, String recordedBy);

    UnitView rename(String code, String newName, LocalDate from, String recordedBy);

    /** Moves every active member of {@code code} into {@code intoCode} on the date and closes {@code code}. */
    UnitView merge(String code, String intoCode, LocalDate on, String recordedBy);

    /** Creates a new unit under the same parent and moves the listed members of {@code code} into it. */
    UnitView split(String code, String newCode, String newName, List<String> residentIds, LocalDate on, String recordedBy);

    List<UnitNameView> names(String code);

    /**
     * Makes an account that holds UNIT_AGENT the agent of a unit or community office (its organisation becomes the unit),
     * with one audit row on the account. Refuses an unknown account (404), an account without UNIT_AGENT (409) and an
     * organisation that is not a unit or community office (400). Who may do it is the caller's to check.
     */
    void assignAgent(String username, String unitCode, String assignedBy);

    /** The unit an agent account acts for: the organisation of an account that holds UNIT_AGENT, when it is a unit. */
    java.util.Optional<String> unitOfAgent(String username);

    /** Whether the account is the agent of this unit (the one check behind "staff, or this unit's own agent"). */
    default boolean isAgentOf(String username, String unitCode) {
        return unitCode != null && unitOfAgent(username).map(unitCode::equals).orElse(false);
    }
}
