package org.huzhu.members.api;

import java.time.LocalDate;

/** What other modules may know about a member. */
public record MemberView(long id, String residentId, String name, Sex sex, LocalDate birthDate,
                         EmploymentStatus status, LocalDate retiredOn, boolean basicInsurance, boolean hardship,
                         String unitCode, String unitName, MembershipStatus membership, LocalDate membershipChangedOn,
                         boolean modelWorker, String bankCard) {

    /** The same member as lists show them: resident ID and bank card masked ({@link org.huzhu.platform.api.PersonalData}). */
    public MemberView masked() {
        return new MemberView(id, org.huzhu.platform.api.PersonalData.maskId(residentId), name, sex, birthDate, status, retiredOn,
                basicInsurance, hardship, unitCode, unitName, membership, membershipChangedOn, modelWorker,
                org.huzhu.platform.api.PersonalData.maskCard(bankCard));
    }
}
