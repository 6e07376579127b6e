package org.huzhu.insurance.api;

import java.time.LocalDate;

/** What an administrator does with the plan catalogue: start a plan year and change its rules before anyone enrols. */
public interface PlanAdministration {

    /**
     * Copies a version's rules to a new period of the same length starting on the given date, priced for the given
     * loss ratio ({@code null}: the source version's).
     */
    void copyVersion(String planCode, String fromVersion, String newVersion, LocalDate periodStart, java.math.BigDecimal expectedLossRatio);

    /** The version's rules document (JSON, format 2). */
    String rules(String planCode, String versionCode);

    /** Replaces the rules of a version nobody is enrolled under yet; refused with every reason when inconsistent. */
    void replaceRules(String planCode, String versionCode, String rulesJson);
}
