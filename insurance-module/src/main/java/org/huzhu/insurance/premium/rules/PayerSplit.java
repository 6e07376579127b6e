package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.ledger.Money;

/**
 * Splits the lines of one bill between payers. On each line a payer's part is its exact part (line amount ×
 * fraction) rounded down or up to the fen, and the parts add up to the line. Which payers get the fen
 * rounded up is decided by largest remainder, where a payer's remainder carries over from line to line: the
 * exact amount it should have borne so far less what it was given. So with equal fractions the extra fen
 * rotate between payers instead of always falling on the same one, and each payer's total on the bill stays
 * within about a fen of its exact share. Ties go to the payer first in {@link Payer} order.
 */
final class PayerSplit {

    private final Map<Payer, BigDecimal> carried = new EnumMap<>(Payer.class);

    Map<Payer, BigDecimal> split(BigDecimal lineAmount, Map<Payer, BigDecimal> fractions) {
        Map<Payer, BigDecimal> parts = new EnumMap<>(Payer.class);
        Map<Payer, BigDecimal> exact = new EnumMap<>(Payer.class);
        List<Payer> roundedUpCandidates = new ArrayList<>();
        BigDecimal floors = BigDecimal.ZERO;
        for (Map.Entry<Payer, BigDecimal> fraction : fractions.entrySet()) {
            BigDecimal cell = lineAmount.multiply(fraction.getValue());
            BigDecimal floor = cell.setScale(2, RoundingMode.FLOOR);
            exact.put(fraction.getKey(), cell);
            parts.put(fraction.getKey(), floor);
            floors = floors.add(floor);
            if (cell.compareTo(floor) != 0) {
                roundedUpCandidates.add(fraction.getKey());
            }
        }
        int missing = lineAmount.subtract(floors).movePointRight(2).intValueExact();
        roundedUpCandidates.sort(Comparator.comparing((Payer p) -> priority(p, exact.get(p), parts.get(p))).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < missing; k++) {
            parts.merge(roundedUpCandidates.get(k), Money.FEN, BigDecimal::add);
        }
        for (Payer payer : parts.keySet()) {
            carried.merge(payer, exact.get(payer).subtract(parts.get(payer)), BigDecimal::add);
        }
        return parts;
    }

    private BigDecimal priority(Payer payer, BigDecimal exact, BigDecimal floor) {
        return carried.getOrDefault(payer, BigDecimal.ZERO).add(exact.subtract(floor));
    }
}
