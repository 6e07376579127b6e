package org.huzhu.reports.api;

/**
 * How the actuary asks a run to select the development factors, as typed (each {@code null} or blank for its
 * default); the reports module reads and checks them, as for the query parameters of POST /reports/monthly/{month}.
 *
 * @param average        ALL (default), LAST_12, LAST_6 or LAST_3
 * @param weighting      VOLUME (default) or SIMPLE
 * @param excludeHighLow leave out each lag's highest and lowest link ratio
 * @param overrides      lag:factor pairs separated by commas, e.g. {@code 3:1.02,5:1.001}
 * @param tail           a tail factor of at least 1
 * @param reason         why, required with any choice other than the defaults
 */
public record FactorChoices(String average, String weighting, boolean excludeHighLow, String overrides, String tail, String reason) {

    /** The defaults: volume-weighted over the whole window, nothing left out or overridden, no tail. */
    public static FactorChoices defaults() {
        return new FactorChoices(null, null, false, null, null, null);
    }
}
