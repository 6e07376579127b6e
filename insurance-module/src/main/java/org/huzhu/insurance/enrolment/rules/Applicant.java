package org.huzhu.insurance.enrolment.rules;

import java.time.LocalDate;
import java.util.Objects;

import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.Sex;

/** The facts about a member that decide eligibility. */
public record Applicant(Sex sex, LocalDate birthDate, EmploymentStatus status, boolean basicInsurance,
                        boolean modelWorker) {

    public Applicant {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(status, "status");
    }

    public static Applicant of(MemberView member) {
        return new Applicant(member.sex(), member.birthDate(), member.status(), member.basicInsurance(), member.modelWorker());
    }
}
