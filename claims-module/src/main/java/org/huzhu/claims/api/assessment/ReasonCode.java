package org.huzhu.claims.api.assessment;

/**
 * Why (part of) a claim is not paid. Stable codes for other systems and reports; the text is in the claims
 * bundle under the code, or under {@code code.variant} where one code has several wordings.
 */
public enum ReasonCode {
    /** The enrolment's premium was not paid: the enrolment is void. */
    PREMIUM_UNPAID,
    /** The member was not covered on the cover date (admission, service, diagnosis or death). */
    NO_COVER_ON_DATE,
    /** The cover date falls in the waiting period of a new member. */
    WAITING_PERIOD,
    /** Filed after the version's claim time limit, counted from discharge, diagnosis or the event. */
    LATE_CLAIM,
    /** Outside what the plan pays: out-of-scope self-pay, a category or disease class not in the version. */
    NOT_COVERED,
    /** In-scope self-pay below the deductible of the plan year. */
    BELOW_DEDUCTIBLE,
    /** A benefit cap, a shared cap group or the allowance days of the year are used up. */
    CAP_REACHED,
    /** The lump sum (or death benefit) was already paid in this cycle. */
    ALREADY_PAID_IN_CYCLE,
    /** The diagnosis code lies outside the ICD-10 ranges of the disease class claimed. */
    DIAGNOSIS_OUTSIDE_CLASS,
    /** The diagnosis code lies in a main and an early-stage class and the claim gives no stage to choose between them. */
    STAGE_REQUIRED,
    /** Another claim of the member covers days of the same hospital stay (admission to discharge overlap): for review. */
    OVERLAPPING_STAY
}
