package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sanders (1990) mortgage guarantee triangle with a tail factor, Tables 1–2 of Mack (1999). */
class MortgageTailMack1999Test {

    private static final String DATASET = "Mortgage_Mack1999_tail";

    private static ReferenceData reference;
    private static Triangle triangle;
    private static ReferenceData.Published table1;
    private static TailFactor tail;

    @BeforeAll
    static void readReferenceData() {
        reference = ReferenceData.load();
        triangle = reference.triangle((String) reference.dataset(DATASET).get("triangle_csv"));
        table1 = reference.published(DATASET, "Mortgage_Mack1999_table1");
        assertEquals("mack", table1.settings().get("sigma_last"));
        Map<String, Object> tailSettings = ReferenceData.asMap(table1.settings().get("tail"), "tail");
        tail = TailFactor.of(ReferenceData.number(tailSettings.get("f"), "tail f"),
                ReferenceData.number(tailSettings.get("sigma"), "tail sigma"),
                ReferenceData.number(tailSettings.get("se"), "tail se"));
    }

    private static MackStandardError withTail() {
        return MackStandardError.estimate(triangle, SigmaExtrapolation.MACK, tail);
    }

    private static double[] perStep(java.util.function.IntToDoubleFunction value, int steps) {
        double[] values = new double[steps];
        for (int k = 0; k < steps; k++) {
            values[k] = value.applyAsDouble(k);
        }
        return values;
    }

    @Test
    void tailIsOneMoreDevelopmentStep() {
        assertEquals(9, withTail().stepCount(), "8 link factors and the tail");
    }

    @Test
    void factorsIncludingTailMatchMack1999Table1() {
        MackStandardError mack = withTail();
        table1.assertList("f_incl_tail", perStep(mack::factor, mack.stepCount()));
    }

    @Test
    void factorStandardErrorsIncludingTailMatchMack1999Table1() {
        MackStandardError mack = withTail();
        table1.assertList("f_se_incl_tail", perStep(mack::factorStandardError, mack.stepCount()));
    }

    @Test
    void sigmasIncludingTailMatchMack1999Table1() {
        MackStandardError mack = withTail();
        table1.assertList("sigma_incl_tail", perStep(mack::sigma, mack.stepCount()));
    }

    @Test
    void individualFactorStandardErrorsOfOrigin3MatchMack1999Table1() {
        MackStandardError mack = withTail();
        int origin3 = triangle.indexOf("3");
        table1.assertList("F_se_origin3_incl_tail",
                perStep(k -> mack.individualFactorStandardError(origin3, k), mack.stepCount()));
    }

    @Test
    void mackStandardErrorPerOriginWithoutTailMatchesMack1999Table2InThousands() {
        ReferenceData.Published table2 = reference.published(DATASET, "Mortgage_Mack1999_table2_no_tail");
        assertEquals(1.0, table2.setting("tail"));
        assertEquals("mack", table2.settings().get("sigma_last"));
        double[] se = MackStandardError.estimate(triangle, SigmaExtrapolation.MACK).standardErrors();
        double[] thousands = new double[se.length];
        for (int i = 0; i < se.length; i++) {
            thousands[i] = se[i] / 1000.0;
        }
        table2.assertList("mack_se_thousands", thousands);
    }

    /**
     * Derived (not published) figures of the reference for the tail treatment — tail applied to
     * every origin, process variance + Ĉ·σ_t², parameter variance + Ĉ²·se_t². The JSON gives no
     * tolerance for derived figures; they are printed with 2 decimals, so half a cent is used.
     */
    @Test
    void tailEntersUltimatesReservesAndMackErrorsAsInTheDerivedReference() {
        Map<String, Object> derived = ReferenceData.asMap(
                reference.at("datasets", DATASET, "derived", "tail_1.05_sigma71_se0.02"), "derived tail");
        MackStandardError mack = withTail();
        ChainLadder chainLadder = mack.chainLadder();
        double cent = 0.005 + 1e-6;
        int n = triangle.originCount();
        ReferenceData.assertClose("ultimate", ReferenceData.numbers(derived.get("ultimate"), "ultimate"),
                RaaMackChainLadderTest.filled(n, cent), chainLadder.ultimates());
        ReferenceData.assertClose("reserve", ReferenceData.numbers(derived.get("reserve"), "reserve"),
                RaaMackChainLadderTest.filled(n, cent), chainLadder.reserves());
        ReferenceData.assertClose("mack_se", ReferenceData.numbers(derived.get("mack_se"), "mack_se"),
                RaaMackChainLadderTest.filled(n, cent), mack.standardErrors());
        ReferenceData.assertClose("total_reserve", ReferenceData.number(derived.get("total_reserve"), "total"),
                cent, chainLadder.totalReserve());
        ReferenceData.assertClose("total_mack_se", ReferenceData.number(derived.get("total_mack_se"), "total se"),
                cent, mack.totalStandardError());
    }

    @Test
    void withoutTailTotalsAgreeWithTheDerivedReference() {
        Map<String, Object> derived = ReferenceData.asMap(
                reference.at("datasets", DATASET, "derived", "no_tail"), "derived no tail");
        MackStandardError mack = MackStandardError.estimate(triangle, SigmaExtrapolation.MACK);
        double cent = 0.005 + 1e-6;
        ReferenceData.assertClose("reserve", ReferenceData.numbers(derived.get("reserve"), "reserve"),
                RaaMackChainLadderTest.filled(triangle.originCount(), cent), mack.chainLadder().reserves());
        ReferenceData.assertClose("total_reserve", ReferenceData.number(derived.get("total_reserve"), "total"),
                cent, mack.chainLadder().totalReserve());
        ReferenceData.assertClose("total_mack_se", ReferenceData.number(derived.get("total_mack_se"), "total se"),
                cent, mack.totalStandardError());
    }
}
