package org.huzhu.insurance.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every account's debits, credits and balance (debits positive) from the entries dated up to {@code asOf};
 * in a sound journal the balances sum to zero and total debits equal total credits.
 */
public record TrialBalanceView(LocalDate asOf, List<Line> accounts, BigDecimal totalDebits, BigDecimal totalCredits,
                               BigDecimal balanceSum) {

    public TrialBalanceView {
        accounts = List.copyOf(accounts);
    }

    /** One account: {@code normalBalance} is the balance on the account's usual side. */
    public record Line(String account, String normalSide, BigDecimal debits, BigDecimal credits, BigDecimal balance,
                       BigDecimal normalBalance) {
    }
}
