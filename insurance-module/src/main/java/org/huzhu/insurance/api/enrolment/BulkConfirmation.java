package org.huzhu.insurance.api.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.Reason;

/**
 * What one bulk confirmation did: of the lists selected, how many were confirmed, the enrolments they created, the
 * bills issued for them and their total, in how many transactions and how many of them at a time; and every list left
 * as it was, with the reason
 * (submitted by the confirming supervisor, decided already, unknown, confirmed too late for its version).
 */
public record BulkConfirmation(LocalDate confirmedOn, int listsSelected, int listsConfirmed, long enrolments, int bills,
                               BigDecimal billed, int transactions, int transactionsAtOnce, long millis, List<SkippedList> skipped) {

    public BulkConfirmation {
        skipped = List.copyOf(skipped);
    }

    /** A selected list that was not confirmed, and why. */
    public record SkippedList(long listId, String unitCode, Reason reason) {
    }
}
