/**
 * The inputs and the result of assessing one claim: the enrolment facts, the claim with its settlement sheet,
 * the member's history in the plan year (or cycle), and the {@link org.huzhu.claims.api.assessment.Assessment}
 * with its explanation lines and reason codes. Amounts are yuan as {@link java.math.BigDecimal}; only the
 * payable amount of an assessment is rounded, once, half-up to the fen.
 */
package org.huzhu.claims.api.assessment;
