/**
 * What other modules may use of the reports module: the reserving library and the monthly actuarial
 * summary, as they land.
 */
package org.huzhu.reports.api;
