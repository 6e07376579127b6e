package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Largest-remainder rounding: shares out a total already rounded to the fen over parts known exactly as
 * {@code numerator / denominator} yuan (one common denominator, so remainders compare exactly). Each part
 * first gets its amount rounded down to the fen; the fen still missing to reach the total go one each to the
 * parts with the largest remainders, ties to the part listed first. Each part ends within one fen of its
 * exact value and the parts add up to the total exactly.
 */
final class LargestRemainder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LargestRemainder() {
    }

    /**
     * @param total        the rounded total, in whole fen
     * @param numerators   the exact parts times {@code denominator}, none negative, in tie-break order
     * @param denominator  positive
     */
    static List<BigDecimal> distribute(BigDecimal total, List<BigDecimal> numerators, BigDecimal denominator) {
        int n = numerators.size();
        List<BigInteger> fen = new ArrayList<>(n);
        List<BigDecimal> remainders = new ArrayList<>(n);
        BigInteger floorSum = BigInteger.ZERO;
        for (BigDecimal numerator : numerators) {
            if (numerator.signum() < 0) {
                throw new IllegalArgumentException("Negative part " + numerator);
            }
            BigDecimal[] qr = numerator.multiply(HUNDRED).divideAndRemainder(denominator);
            BigInteger whole = qr[0].toBigIntegerExact();
            fen.add(whole);
            remainders.add(qr[1]);
            floorSum = floorSum.add(whole);
        }
        int missing = total.movePointRight(2).toBigIntegerExact().subtract(floorSum).intValueExact();
        if (missing < 0 || missing > n) {
            throw new IllegalArgumentException("Total " + total + " is not the rounded sum of the parts");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < missing; k++) {
            int i = order.get(k);
            fen.set(i, fen.get(i).add(BigInteger.ONE));
        }
        return fen.stream().map(f -> new BigDecimal(f, 2)).toList();
    }
}
