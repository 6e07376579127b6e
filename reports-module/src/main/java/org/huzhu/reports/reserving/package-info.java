/**
 * Claims reserving library: development triangles, volume-weighted chain ladder, Mack (1993/1999)
 * standard errors, tail factors, Bornhuetter–Ferguson and completion factors for monthly lag
 * triangles.
 *
 * <p>Pure Java, no container and no database. All figures are statistical estimates and are
 * computed in {@code double}; nothing here is rounded. Money amounts shown to users (reserves,
 * ultimates, IBNR) are rounded later, by whoever presents them, never inside this package.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Origins (accident years "1981", incurred months "2001-01", or plain numbers) are sorted
 *       ascending: numerically when both labels are integers, otherwise as text.</li>
 *   <li>Development columns are 0-based positions {@code k}; the label of column {@code k} is
 *       {@code firstDevelopment + k} (1 for "12 months" in annual triangles, 0 for the payment lag
 *       in the month of service).</li>
 *   <li>Factor {@code f[k]} links column {@code k} to {@code k + 1}. A tail factor, if any, links
 *       the last column to ultimate.</li>
 *   <li>Origin {@code i} and column {@code k} lie on calendar period {@code i + k}: origins are
 *       assumed to be consecutive periods of the same length as a development step.</li>
 *   <li>Reserve (IBNR in the chain-ladder sense) = ultimate − latest diagonal.</li>
 * </ul>
 */
package org.huzhu.reports.reserving;
