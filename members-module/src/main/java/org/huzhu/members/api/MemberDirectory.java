package org.huzhu.members.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Read access to units and members for other modules. */
public interface MemberDirectory {

    Optional<MemberView> findByResidentId(ResidentId residentId);

    Optional<MemberView> findById(long memberId);

    List<UnitView> units();

    Optional<UnitView> unit(String code);

    /** Active members of a unit, ordered by resident ID. */
    List<MemberView> membersOf(String unitCode, int offset, int limit);

    /**
     * The codes of an organisation and of every organisation below it in the union hierarchy (a district union's
     * units, an association's district unions and their units); empty when the code is unknown.
     */
    Set<String> codesWithin(String organisationCode);

    /**
     * The active members of the units who are on the hardship file, each with the unit they belong to (member id →
     * unit code): what {@link #membersOf} tells of their hardship, read for many units at once.
     */
    Map<Long, String> hardshipMembersOf(Collection<String> unitCodes);
}
