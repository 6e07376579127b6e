package org.huzhu.insurance.plan;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Request bodies of the plan version endpoints. */
public final class VersionRequests {

    private VersionRequests() {
    }

    /** A new version: its code and its complete rules document (format 2). */
    public record NewVersion(@NotBlank String versionCode, @NotNull JsonObject rules) {
    }

    /** Replacement rules for a version nobody is enrolled under yet. */
    public record Rules(@NotNull JsonObject rules) {
    }

    /**
     * A copy of an existing version for the next period, starting on the given date; {@code expectedLossRatio}, the
     * loss ratio the new year is priced for, replaces the source's where given.
     */
    public record Copy(@NotBlank String versionCode, @NotNull LocalDate periodStart, java.math.BigDecimal expectedLossRatio) {
    }

    /** The outcome: the version's identity and its rules as stored. */
    public record VersionView(String planCode, String versionCode, JsonObject rules) {
    }
}
