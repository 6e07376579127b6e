package org.huzhu.members.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.UnitNameView;
import org.huzhu.members.api.UnitView;

/** Request and response bodies of the unit endpoints. */
public final class UnitRequests {

    private UnitRequests() {
    }

    public record NewUnit(@NotBlank String code, @NotNull OrganisationKind kind, String parentCode, @NotBlank String name,
                   @NotNull LocalDate validFrom) {
    }

    public record Rename(@NotBlank String name, @NotNull LocalDate effectiveDate) {
    }

    public record Merge(@NotBlank String intoCode, @NotNull LocalDate effectiveDate) {
    }

    public record Split(@NotBlank String newCode, @NotBlank String newName, @NotEmpty List<String> residentIds,
                 @NotNull LocalDate effectiveDate) {
    }

    public record UnitDetails(UnitView unit, List<UnitNameView> names) {
    }
}
