package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.ledger.Money;

/** One member's line on a premium bill: the amount and who pays which part of it; the parts add up to it. */
public record BillLine(String memberId, int shares, LocalDate coverStart, boolean hardship, BigDecimal amount,
                       Map<Payer, BigDecimal> byPayer) {

    public BillLine {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(coverStart, "coverStart");
        Objects.requireNonNull(amount, "amount");
        byPayer = Collections.unmodifiableMap(new EnumMap<>(byPayer));
    }

    /** What this payer owes on the line; zero when the payer has no part. */
    public BigDecimal payer(Payer payer) {
        return byPayer.getOrDefault(payer, Money.ZERO);
    }
}
