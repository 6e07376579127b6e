package org.huzhu.insurance.ledger;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Every account's balance, debits positive and credits negative; the balances of a sound journal sum to zero. */
public record TrialBalance(Map<Account, BigDecimal> balances) {

    public TrialBalance {
        balances = Collections.unmodifiableMap(new EnumMap<>(balances));
    }

    /** Signed balance: positive for a debit balance. */
    public BigDecimal balance(Account account) {
        return balances.getOrDefault(account, BigDecimal.ZERO.setScale(2));
    }

    /** The balance on the account's normal side: positive when it is in its usual state. */
    public BigDecimal normal(Account account) {
        return account.normalSide() == Side.DEBIT ? balance(account) : balance(account).negate();
    }

    public BigDecimal total() {
        return balances.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
