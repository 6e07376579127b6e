package org.huzhu.insurance.api;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The headline terms of one plan version; {@code rules} holds every parameter as a JSON document.
 * {@code expectedLossRatio} is the loss ratio the premium was priced for, {@code null} where the version states none.
 */
public record PlanVersionSummary(String versionCode, LocalDate periodStart, LocalDate periodEnd, int cycleYears,
                                 int maxShares, BigDecimal premiumPerShare, int waitingPeriodMonths, BigDecimal expectedLossRatio,
                                 JsonObject rules) {
}
