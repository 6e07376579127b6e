package org.huzhu.claims.api.assessment;

import java.math.BigDecimal;

/**
 * Language-neutral writing of amounts in explanation lines and reasons: exact, no grouping when stored; grouped in the
 * sentences people read.
 */
public final class Amounts {

    private Amounts() {
    }

    /** Yuan with at least two decimals, exact: 1000.00, 1234.5675. */
    public static String yuan(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    /** A rate as a percentage: 0.50 is 50%, 0.125 is 12.5%. */
    public static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A count such as days, without decimals. */
    public static String count(BigDecimal count) {
        return count.stripTrailingZeros().toPlainString();
    }

    private static final java.util.regex.Pattern LONG_AMOUNT = java.util.regex.Pattern.compile("(?<![\\d.,])(\\d{4,})(?=\\.\\d)");

    /**
     * A sentence whose amounts get thousands separators: only numbers with decimals are amounts, so dates, days and
     * ICD codes stay as they are. "年度限额 15000.00 元" becomes "年度限额 15,000.00 元"; grouping twice changes nothing.
     */
    public static String grouped(String sentence) {
        java.util.regex.Matcher number = LONG_AMOUNT.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(out, String.format(java.util.Locale.ROOT, "%,d", new java.math.BigInteger(number.group(1))));
        }
        number.appendTail(out);
        return out.toString();
    }

    /** A band bound as people say it: whole yuan grouped without decimals ("10,000"), else grouped with them. */
    public static String bound(String yuan) {
        BigDecimal amount = new BigDecimal(yuan.strip());
        BigDecimal whole = amount.stripTrailingZeros();
        if (whole.scale() <= 0) {
            return String.format(java.util.Locale.ROOT, "%,d", whole.toBigIntegerExact());
        }
        return grouped(yuan(amount));
    }
}
