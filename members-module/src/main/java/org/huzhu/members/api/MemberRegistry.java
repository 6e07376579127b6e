package org.huzhu.members.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Registers members and records what happens to them. Every method joins the caller's transaction. */
public interface MemberRegistry {

    /** Registers a new member in a unit from the given date; refused if the resident ID is already registered. */
    MemberView register(MemberRecord record, String unitCode, LocalDate joinedOn, String recordedBy);

    /**
     * Registers checked records in one unit with set-based SQL and JDBC batches: new resident IDs are
     * inserted, members already in the unit get their details updated, IDs registered elsewhere are reported.
     */
    BulkRegistration registerAll(String unitCode, List<MemberRecord> records, LocalDate joinedOn, String recordedBy);

    /** For each resident ID that is registered: the code of the member's current unit. */
    Map<String, String> currentUnits(Collection<String> residentIds);

    MemberView retire(ResidentId member, LocalDate retiredOn, String recordedBy);

    MemberView leave(ResidentId member, LocalDate leftOn, String recordedBy);

    MemberView move(ResidentId member, String toUnitCode, LocalDate movedOn, String recordedBy);

    MemberView die(ResidentId member, LocalDate diedOn, String recordedBy);

    List<MemberEventView> history(ResidentId member);
}
