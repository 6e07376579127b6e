package org.huzhu.platform.api;

/**
 * Evaluation mode runs on the embedded H2 file database with demo data and demo accounts; production runs
 * on PostgreSQL and refuses to start without an administrator password from the environment.
 */
public enum RuntimeMode {
    EVALUATION, PRODUCTION;

    public static RuntimeMode forDatabaseProduct(String productName) {
        return productName != null && productName.toUpperCase(java.util.Locale.ROOT).contains("H2") ? EVALUATION : PRODUCTION;
    }
}
