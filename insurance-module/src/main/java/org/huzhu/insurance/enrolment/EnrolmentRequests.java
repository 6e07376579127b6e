package org.huzhu.insurance.enrolment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.enrolment.EnrolmentListView;

/** Request and response bodies of the enrolment endpoints. */
public final class EnrolmentRequests {

    private EnrolmentRequests() {
    }

    /** A list of registered members entered through the API. */
    public record NewList(@NotBlank String unitCode, @NotBlank String planCode, @NotBlank String versionCode,
                          @NotEmpty List<@Valid Line> members) {
    }

    public record Line(@NotBlank String residentId, @Min(1) int shares) {
    }

    public record Confirmation(@NotNull LocalDate confirmedOn) {
    }

    public record Rejection(@NotBlank String note) {
    }

    public record RenewalRequest(@NotBlank String unitCode, @NotBlank String planCode, @NotBlank String fromVersion,
                                 @NotBlank String toVersion) {
    }

    /** A refused row or line, told in the reader's language. */
    public record RowError(int row, String residentId, String field, String code, String message) {
    }

    public record UploadResult(int rowsRead, int rowsAccepted, int membersRegistered, int membersUpdated, boolean applied,
                               List<RowError> errors, EnrolmentListView list) {
    }

    public record RenewalResult(EnrolmentListView list, List<RowError> excluded) {
    }
}
