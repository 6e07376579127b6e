package org.huzhu.insurance.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An entry not yet posted: its date, the event, the business reference (bill, payment, month) and postings. */
public record EntryDraft(LocalDate date, EntryKind kind, String reference, List<Posting> postings) {

    public EntryDraft {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        postings = List.copyOf(postings);
    }
}
