package org.huzhu.reports.api.summary;

import java.math.BigDecimal;
import java.util.Locale;

import org.huzhu.platform.api.Messages;

/**
 * The key figures of one month. Money in yuan, ratios as fractions; {@code null} where a figure is not
 * available (for instance a loss ratio without earned premium).
 *
 * @param membersInForce             members covered at the end of the month
 * @param joiners                    members whose cover started in the month
 * @param leavers                    members whose cover ended in the month
 * @param memberMonths               exposure of the month in member-months
 * @param writtenPremium             premium written in the month
 * @param earnedPremium              premium earned in the month
 * @param unearnedPremium            unearned premium reserve at the end of the month
 * @param claimsReportedCount        claims reported in the month
 * @param claimsReportedAmount       amount claimed on the claims reported in the month
 * @param claimsPaid                 benefits paid in the month
 * @param claimsOutstanding          case reserves on open claims at the end of the month
 * @param ibnr                       incurred-but-not-reported reserve booked (chain ladder, Bornhuetter–Ferguson for
 *                                   the newest months, large claims apart)
 * @param ibnrStandardError          standard error of the IBNR booked (Mack for the chain-ladder months, the stated
 *                                   method of docs/reserving.md for the rest)
 * @param ibnrLower95                2.5 % point of the IBNR booked (lognormal with that mean and standard error)
 * @param ibnrUpper95                97.5 % point of the same
 * @param largeClaimThreshold        claims valued above it are reserved one by one, outside the triangle
 * @param largeClaimLoad             the IBNR of large claims not yet reported / the attritional IBNR
 * @param incurredClaims             claims incurred in the month (paid + change in case reserves + IBNR)
 * @param lossRatioMonth             incurred claims / earned premium, month
 * @param lossRatioYearToDate        the same, calendar year to date (January to the month)
 * @param lossRatioPlanYearToDate    the same, from the first month of the plan's plan year containing the month; {@code null}
 *                                   for all plans together, whose plan years differ (July–June, calendar years)
 * @param lossRatioRolling12         the same, last twelve months
 * @param frequencyPer1000           claims per 1,000 member-years
 * @param averageSeverity            average incurred amount per claim
 * @param admissions                 hospital admissions in the month
 * @param averageLengthOfStay        average length of stay in days
 * @param fundBalance                the plan's mutual-aid fund at the end of the month
 * @param credibilityFactor          limited-fluctuation credibility Z for pure premium
 * @param claimSizeCv                coefficient of variation of claim size over the rolling 12 months (an input of Z)
 * @param credibilityFullStandard    claims needed for full credibility: 1,082 × (1 + CV²)
 * @param credibilityWeightedPremium indicated premium per member per year for the next plan version: an
 *                                   indication, not a rate
 */
public record KeyFigures(
        long membersInForce,
        long joiners,
        long leavers,
        BigDecimal memberMonths,
        BigDecimal writtenPremium,
        BigDecimal earnedPremium,
        BigDecimal unearnedPremium,
        long claimsReportedCount,
        BigDecimal claimsReportedAmount,
        BigDecimal claimsPaid,
        BigDecimal claimsOutstanding,
        BigDecimal ibnr,
        BigDecimal ibnrStandardError,
        BigDecimal ibnrLower95,
        BigDecimal ibnrUpper95,
        BigDecimal largeClaimThreshold,
        BigDecimal largeClaimLoad,
        BigDecimal incurredClaims,
        BigDecimal lossRatioMonth,
        BigDecimal lossRatioYearToDate,
        BigDecimal lossRatioPlanYearToDate,
        BigDecimal lossRatioRolling12,
        BigDecimal frequencyPer1000,
        BigDecimal averageSeverity,
        long admissions,
        BigDecimal averageLengthOfStay,
        BigDecimal fundBalance,
        BigDecimal credibilityFactor,
        BigDecimal claimSizeCv,
        BigDecimal credibilityFullStandard,
        BigDecimal credibilityWeightedPremium) {

    /** The name people read for a figure (a component name of this record, as in the report's JSON), in their language. */
    public static String label(String figure, Locale locale) {
        String key = "fig." + figure;
        String label = Messages.get("org.huzhu.reports.i18n.messages", key, locale);
        return label.equals(key) ? figure : label;
    }
}
