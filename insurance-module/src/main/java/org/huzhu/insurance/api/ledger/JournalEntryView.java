package org.huzhu.insurance.api.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A posted journal entry; {@code reverses} names the entry a reversal undoes, {@code reversedBy} the reversal of this one. */
public record JournalEntryView(long id, LocalDate date, String kind, String reference, String unitCode, Long reverses,
                               Long reversedBy, String postedBy, Instant postedAt, List<Line> postings) {

    public JournalEntryView {
        postings = List.copyOf(postings);
    }

    public record Line(String account, String side, BigDecimal amount) {
    }
}
