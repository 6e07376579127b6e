package org.huzhu.insurance.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A posted entry: numbered in posting order, never changed; a reversal names the entry it reverses. */
public record JournalEntry(long number, LocalDate date, EntryKind kind, String reference, List<Posting> postings,
                           Optional<Long> reverses) {

    public JournalEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reverses, "reverses");
        postings = List.copyOf(postings);
    }
}
