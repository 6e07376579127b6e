package org.huzhu.members.api;

import java.time.LocalDate;

/** What other modules may know about a member. */
public record MemberView(long id, String residentId, String name, Sex sex, LocalDate birthDate,
                         EmploymentStatus status, LocalDate retiredOn, boolean basicInsurance, boolean hardship,
                         String unitCode, String unitName, MembershipStatus membership, LocalDate membershipChangedOn,
                         boolean modelWorker, String bankCard) {
}
