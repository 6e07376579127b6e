package org.huzhu.reports.reserving;

/**
 * How Mack's σ²[k] is set for a development period with fewer than two observed link ratios
 * (normally only the last one), where the unbiased estimator is undefined.
 */
public enum SigmaExtrapolation {

    /**
     * Mack (1993): {@code σ²[k] = min(σ²[k-1]² / σ²[k-2], min(σ²[k-2], σ²[k-1]))}.
     */
    MACK,

    /**
     * Log-linear regression of {@code ln σ[k]} on {@code k} over the estimable periods, evaluated
     * at the missing ones (the default of R ChainLadder's MackChainLadder, est.sigma="log-linear").
     */
    LOG_LINEAR
}
