package org.huzhu.members.api;

import java.util.List;
import java.util.Optional;

/** Read access to units and members for other modules. */
public interface MemberDirectory {

    Optional<MemberView> findByResidentId(ResidentId residentId);

    Optional<MemberView> findById(long memberId);

    List<UnitView> units();

    Optional<UnitView> unit(String code);

    /** Active members of a unit, ordered by resident ID. */
    List<MemberView> membersOf(String unitCode, int offset, int limit);
}
