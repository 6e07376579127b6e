package org.huzhu.claims.api.assessment;

/**
 * The rule an explanation line applies. For each step the line's fields mean (amount always in yuan, and
 * the line amounts of an assessment add up to its payable amount):
 * <ul>
 * <li>{@code DEDUCTIBLE}: rule = the yearly deductible; base = this claim's in-scope self-pay below it;
 *     amount 0; remaining = deductible still to be reached in the plan year. Absent when the version has
 *     none or earlier claims of the plan year already reached it.</li>
 * <li>{@code BAND}: rule = band bounds {@code from-to} (open: {@code from-}); base = this claim's in-scope
 *     self-pay falling in the band, after what the year already accumulated; rate = band rate.</li>
 * <li>{@code ABOVE_BANDS}: base = in-scope self-pay above a last band that has an upper bound; amount 0.</li>
 * <li>{@code OUT_OF_SCOPE}: base = self-pay outside the basic insurance's scope (自费); amount 0.</li>
 * <li>{@code BENEFIT_CAP}, {@code CAP_GROUP}: rule = the cap in yuan for the shares held (for a group,
 *     {@code GROUP:amount}); base = what the benefit would pay before the cap; amount = the cut (0 or
 *     negative); remaining = limit left in the plan year after this claim.</li>
 * <li>{@code DAILY_ALLOWANCE}: rule = amount per day per share; base = days paid; rate = yuan per day for
 *     the shares held; remaining = days left in the plan year.</li>
 * <li>{@code LUMP_SUM}: rule = disease class; base = sum per share (or the class's amount per share) times
 *     shares; rate = the class's rate of the sum (1 when it pays the full or a fixed amount).</li>
 * <li>{@code EARLY_STAGE_DEDUCTION}: rule = disease class; base = early-stage lump sum paid before in the
 *     cycle; amount = minus what is taken off the main payment.</li>
 * <li>{@code DEATH}: rule = amount per share; base = amount for the shares held.</li>
 * <li>{@code CLASS_CHOICE}: rule = {@code icd|applied class|other class|stage} when the diagnosis code lies in a main
 *     and an early-stage class and the claim's stage chose between them; base and amount 0.</li>
 * <li>{@code NOT_PAID}: the benefit pays nothing for the reason given; rule names what was refused.</li>
 * <li>{@code ROUNDING}: base = the exact total; amount = rounding to the fen, half-up. Absent when the exact total has
 *     no more than two decimals.</li>
 * </ul>
 */
public enum Step {
    DEDUCTIBLE, BAND, ABOVE_BANDS, OUT_OF_SCOPE, BENEFIT_CAP, CAP_GROUP, DAILY_ALLOWANCE, LUMP_SUM,
    EARLY_STAGE_DEDUCTION, DEATH, CLASS_CHOICE, NOT_PAID, ROUNDING
}
