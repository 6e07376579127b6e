package org.huzhu.insurance.premium.rules;

/**
 * Earning of a bill line's premium over its cover, pro rata by day of cover: the one computation, in SQL over the
 * columns of {@code insurance.bill_line} ({@code amount} in yuan, {@code start_day} and {@code end_day} as epoch days,
 * both included), which the monthly earning ({@code EarningRuns}) and a member's departure ({@link PremiumDepartures})
 * both run, on PostgreSQL and on H2.
 *
 * <p>Rounding is cumulative: with P the premium in fen, N the days of cover and d(x) the days of cover up to and
 * including day x, earned to the end of day x is P·d(x)/N rounded half-up to the fen once, (2·P·d(x) + N) div (2·N);
 * earned in a month is earned to its last day less earned to the last day of the month before. Each monthly figure is
 * therefore within a fen of its exact value, the months add up exactly to P, and any month can be recomputed alone
 * with the same result. Unearned at a month end is P − earned to date.</p>
 */
public final class EarnedPremium {

    /** P: the line's premium in fen. */
    public static final String PREMIUM_FEN = "cast(amount * 100 as bigint)";

    /** N: the line's days of cover. */
    public static final String COVER_DAYS = "cast(end_day - start_day + 1 as bigint)";

    private EarnedPremium() {
    }

    /** d(x): the line's days of cover up to and including the epoch day {@code day} (an SQL expression, or {@code ?}). */
    public static String daysCoveredTo(String day) {
        return "cast(least(greatest(" + day + " - start_day + 1, 0), end_day - start_day + 1) as bigint)";
    }

    /** Premium in fen earned by the end of a day, from P in fen, the days covered to that day and N (SQL expressions). */
    public static String fenEarnedTo(String premiumFen, String daysCovered, String coverDays) {
        return "(2 * " + premiumFen + " * " + daysCovered + " + " + coverDays + ") / (2 * " + coverDays + ")";
    }

    /** Premium in fen a line has earned by the end of the epoch day bound to the one {@code ?}. */
    public static String fenEarnedTo() {
        return fenEarnedTo(PREMIUM_FEN, daysCoveredTo("?"), COVER_DAYS);
    }
}
