package org.huzhu.insurance.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One account's postings between two dates with the running balance (debits positive). */
public record AccountStatementView(String account, LocalDate from, LocalDate to, BigDecimal openingBalance,
                                   List<Line> lines, BigDecimal closingBalance, boolean truncated) {

    public AccountStatementView {
        lines = List.copyOf(lines);
    }

    public record Line(long entryId, LocalDate date, String kind, String reference, String unitCode, BigDecimal debit,
                       BigDecimal credit, BigDecimal balance) {
    }
}
