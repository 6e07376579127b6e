package org.huzhu.members.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.MemberEventKind;
import org.huzhu.members.api.MemberRecord;
import org.huzhu.members.api.Sex;

/** Request bodies of the member endpoints. */
public final class MemberRequests {

    private MemberRequests() {
    }

    public record NewMember(@NotBlank String residentId, @NotBlank String name, Sex sex, LocalDate birthDate,
                     @NotNull EmploymentStatus status, LocalDate retiredOn, boolean basicInsurance, boolean hardship,
                     boolean modelWorker, String bankCard, @NotBlank String unitCode, @NotNull LocalDate joinedOn) {

        public MemberRecord record() {
            return new MemberRecord(residentId, name, sex, birthDate, status, retiredOn, basicInsurance, hardship, modelWorker, bankCard);
        }
    }

    /** A status change: RETIRED, LEFT_UNIT, DIED, or MOVED with the target unit. */
    public record StatusChange(@NotNull MemberEventKind kind, @NotNull LocalDate effectiveDate, String toUnitCode) {
    }
}
