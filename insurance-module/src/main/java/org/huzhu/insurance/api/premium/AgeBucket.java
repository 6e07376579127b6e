package org.huzhu.insurance.api.premium;

/** Age of an unpaid balance in days since its bill was issued. */
public enum AgeBucket {
    DAYS_0_30(0, 30), DAYS_31_90(31, 90), OVER_90(91, Long.MAX_VALUE);

    private final long from;
    private final long to;

    AgeBucket(long from, long to) {
        this.from = from;
        this.to = to;
    }

    public static AgeBucket of(long days) {
        for (AgeBucket bucket : values()) {
            if (days >= bucket.from && days <= bucket.to) {
                return bucket;
            }
        }
        throw new IllegalArgumentException("Negative age " + days);
    }
}
