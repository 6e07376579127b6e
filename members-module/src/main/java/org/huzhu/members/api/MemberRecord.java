package org.huzhu.members.api;

import java.time.LocalDate;

/**
 * A member's details as entered in a form or a row of an uploaded list. Sex and birth date may be left out:
 * they follow from the resident ID, and when given they must agree with it.
 */
public record MemberRecord(String residentId, String name, Sex sex, LocalDate birthDate, EmploymentStatus status,
                           LocalDate retiredOn, boolean basicInsurance, boolean hardship, boolean modelWorker,
                           String bankCard) {
}
