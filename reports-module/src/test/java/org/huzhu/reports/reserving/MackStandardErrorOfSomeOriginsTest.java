package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Mack's error of the reserve of some origins only (what the monthly summary books by chain ladder): with every
 * origin it is the total's, with one origin that origin's, and in between it includes the covariance of the
 * chosen origins, so it lies above the root of their summed variances.
 */
class MackStandardErrorOfSomeOriginsTest {

    private final MackStandardError raa = MackStandardError.estimate(ReferenceData.load().triangle(
            (String) ReferenceData.load().dataset("RAA").get("triangle_csv")), SigmaExtrapolation.MACK);

    @Test
    void everyOriginGivesTheTotalsError() {
        assertEquals(raa.totalStandardError(), raa.totalStandardError(i -> true), 1e-9);
    }

    @Test
    void oneOriginGivesItsOwnError() {
        assertEquals(raa.standardError(7), raa.totalStandardError(i -> i == 7), 1e-9);
    }

    @Test
    void someOriginsIncludeTheirCovariance() {
        double together = raa.totalStandardError(i -> i >= 5);
        double independent = 0;
        for (int i = 5; i < 10; i++) {
            independent += raa.standardError(i) * raa.standardError(i);
        }
        assertTrue(together > Math.sqrt(independent), together + " <= " + Math.sqrt(independent));
        assertTrue(together < raa.totalStandardError(), together + " >= " + raa.totalStandardError());
    }
}
