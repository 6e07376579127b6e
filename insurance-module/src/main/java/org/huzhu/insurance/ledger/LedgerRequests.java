package org.huzhu.insurance.ledger;

import java.time.LocalDate;

/** The bodies of the ledger API's requests and answers. */
public final class LedgerRequests {

    private LedgerRequests() {
    }

    /** The day a reversal of a journal entry is dated. */
    public record EntryReversal(LocalDate on) {
    }

    /** A month closed, and the day it was closed. */
    public record Closed(String month, LocalDate closedOn) {
    }
}
