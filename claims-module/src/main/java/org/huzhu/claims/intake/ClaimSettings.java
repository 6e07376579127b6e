package org.huzhu.claims.intake;

import java.math.BigDecimal;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Claims settings from MicroProfile Config (system properties or environment):
 * {@code huzhu.claims.second-review-above} (yuan, default 10000), {@code huzhu.claims.document-max-bytes}
 * (default 10 MB), {@code huzhu.claims.union-account} (the union's account that receives death benefits),
 * {@code huzhu.claims.lock-timeout-ms} (how long a decision waits for the member's plan-year lock, default 5000) and
 * {@code huzhu.claims.decisions-per-member} (how many decisions on one member's plan year may run or wait at once in
 * this server, default 4; more are told to try again at once and hold no connection).
 */
public final class ClaimSettings {

    private ClaimSettings() {
    }

    public static BigDecimal secondReviewAbove() {
        return new BigDecimal(value("huzhu.claims.second-review-above", "10000"));
    }

    public static int documentMaxBytes() {
        return Integer.parseInt(value("huzhu.claims.document-max-bytes", String.valueOf(10 * 1024 * 1024)));
    }

    public static String unionAccount() {
        return value("huzhu.claims.union-account", "UNION-BENEFICIARY-ACCOUNT");
    }

    public static int lockTimeoutMillis() {
        return Integer.parseInt(value("huzhu.claims.lock-timeout-ms", "5000"));
    }

    public static int decisionsPerMember() {
        return Integer.parseInt(value("huzhu.claims.decisions-per-member", "4"));
    }

    private static String value(String name, String fallback) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(fallback);
        } catch (RuntimeException | LinkageError noConfig) {
            return System.getProperty(name, fallback);
        }
    }
}
