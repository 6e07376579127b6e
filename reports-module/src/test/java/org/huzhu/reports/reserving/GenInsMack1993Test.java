package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Taylor & Ashe (1983) general insurance triangle, as Tables 2–3 of Mack (1993). */
class GenInsMack1993Test {

    private static final String DATASET = "GenIns_TaylorAshe";

    private static ReferenceData.Published published;
    private static Triangle triangle;

    @BeforeAll
    static void readReferenceData() {
        ReferenceData reference = ReferenceData.load();
        triangle = reference.triangle((String) reference.dataset(DATASET).get("triangle_csv"));
        published = reference.published(DATASET, "GenIns_Mack1993");
        assertEquals("mack", published.settings().get("sigma_last"));
        assertEquals(1.0, published.setting("tail"));
    }

    @Test
    void originsLabelledOneToTenSortNumerically() {
        assertEquals(10, triangle.originCount());
        assertEquals("1", triangle.origin(0));
        assertEquals("10", triangle.origin(9));
    }

    @Test
    void volumeWeightedFactorsMatchMack1993() {
        published.assertList("f", DevelopmentFactors.volumeWeighted(triangle).factors());
    }

    @Test
    void reservePerOriginMatchesMack1993() {
        published.assertList("reserve", ChainLadder.volumeWeighted(triangle).reserves());
    }

    @Test
    void totalReserveMatchesMack1993() {
        published.assertValue("total_reserve", ChainLadder.volumeWeighted(triangle).totalReserve());
    }

    @Test
    void mackStandardErrorPerOriginMatchesMack1993() {
        published.assertList("mack_se", MackStandardError.estimate(triangle, SigmaExtrapolation.MACK).standardErrors());
    }

    @Test
    void mackTotalStandardErrorIncludingCovarianceMatchesMack1993() {
        published.assertValue("total_mack_se",
                MackStandardError.estimate(triangle, SigmaExtrapolation.MACK).totalStandardError());
    }
}
