package org.huzhu.reports.letter;

import java.time.LocalDate;

import org.huzhu.claims.api.ClaimRequests;

/**
 * What one decision letter says: the claim as its reader may read it (in the letter's language), the plan's name,
 * the day the claim was decided (its last approval or rejection) and the day the letter is issued.
 */
record LetterFacts(ClaimRequests.ClaimView claim, String planName, LocalDate decidedOn, LocalDate issuedOn) {
}
