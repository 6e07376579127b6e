package org.huzhu.claims.assessment;

import static org.huzhu.claims.assessment.SeedPlans.assertPays;
import static org.huzhu.claims.assessment.SeedPlans.date;
import static org.huzhu.claims.assessment.SeedPlans.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Set;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.PlanYear;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.rules.PlanRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeded serious-illness plan: version 2016 (one year, 22 main classes at 10,000 yuan per share and
 * early-stage cancers at 30% of it, once per cycle) and version 2000 (a 3-year cycle, 12 classes).
 */
class SeriousIllnessAssessmentTest {

    private static final String BENEFIT = "SERIOUS_ILLNESS";
    private final BenefitCalculator calculator = new BenefitCalculator();
    private final PlanRules rules2016 = SeedPlans.withMaxShares(SeedPlans.seriousIllness2016(), 2);

    private static ClaimFacts diagnosis(String date, String diseaseClass, String icd10) {
        return ClaimFacts.seriousIllness(date(date), diseaseClass, icd10, date(date).plusDays(30));
    }

    private static EnrolmentFacts shares(int shares) {
        return EnrolmentFacts.paid(shares, date("2016-07-01"), date("2017-06-30"));
    }

    @ParameterizedTest(name = "{0} with {1} share(s), early paid {2}, main paid {3}: pays {4} {5}")
    @CsvSource({
            // disease class, shares, early-stage paid in cycle, main paid in cycle, payable, reason
            "MALIGNANT_TUMOUR,            1, 0,       0,        10000.00, ''",
            "HEART_VALVE_INTERVENTION,    1, 0,       0,        10000.00, ''",
            "CARCINOMA_IN_SITU,           1, 0,       0,        3000.00,  ''",
            "PROSTATE_T1N0M0,             1, 0,       0,        3000.00,  ''",
            "MALIGNANT_TUMOUR,            1, 3000.00, 0,        7000.00,  ''",
            "CARCINOMA_IN_SITU,           1, 3000.00, 0,        0.00,     ALREADY_PAID_IN_CYCLE",
            "CARCINOMA_IN_SITU,           1, 0,       10000.00, 0.00,     ALREADY_PAID_IN_CYCLE",
            "STROKE_SEQUELAE,             1, 3000.00, 7000.00,  0.00,     ALREADY_PAID_IN_CYCLE",
            "MALIGNANT_TUMOUR,            2, 0,       0,        20000.00, ''",
            "CARCINOMA_IN_SITU,           2, 0,       0,        6000.00,  ''",
            "MALIGNANT_TUMOUR,            2, 6000.00, 0,        14000.00, ''",
            "TYPE_2_DIABETES,             1, 0,       0,        0.00,     NOT_COVERED",
    })
    void lumpSumsPerShareOncePerCycle(String diseaseClass, int shares, String earlyPaid, String mainPaid,
                                      String payable, String reason) {
        MemberHistory history = MemberHistory.NONE.withEarlyStagePaid(BENEFIT, earlyPaid).withMainPaid(BENEFIT, mainPaid);
        Assessment assessment = calculator.assess(rules2016, shares(shares), diagnosis("2016-10-10", diseaseClass, null),
                history);
        assertPays(payable, assessment);
        assertEquals(reason.isEmpty() ? Set.of() : Set.of(ReasonCode.valueOf(reason)), assessment.reasonCodes(),
                describe(assessment));
    }

    @Test
    void mainPaymentReducedByEarlierEarlyStagePayment() {
        Assessment early = calculator.assess(rules2016, shares(1), diagnosis("2016-08-01", "CARCINOMA_IN_SITU", "D05.1"),
                MemberHistory.NONE);
        assertPays("3000.00", early);
        assertEquals(0, early.lines(Step.LUMP_SUM).get(0).rate().orElseThrow().compareTo(new BigDecimal("0.30")));

        Assessment main = calculator.assess(rules2016, shares(1), diagnosis("2017-02-01", "MALIGNANT_TUMOUR", "C50.9"),
                MemberHistory.NONE.withEarlyStagePaid(BENEFIT, "3000.00"));
        assertPays("7000.00", main);
        assertEquals(0, main.lines(Step.EARLY_STAGE_DEDUCTION).get(0).amount().compareTo(new BigDecimal("-3000.00")));
    }

    @Test
    void afterAMainPaymentTheCoverEndsForTheCycle() {
        Assessment again = calculator.assess(rules2016, shares(1), diagnosis("2017-03-01", "ACUTE_MYOCARDIAL_INFARCTION", "I21.0"),
                MemberHistory.NONE.withMainPaid(BENEFIT, "10000.00"));
        assertPays("0", again);
        assertEquals(Set.of(ReasonCode.ALREADY_PAID_IN_CYCLE), again.reasonCodes());
    }

    @Test
    void earlyStageClassesAreNotInTheListOf2000() {
        PlanRules rules2000 = SeedPlans.seriousIllness2000();
        EnrolmentFacts member = EnrolmentFacts.paid(1, date("2000-07-01"), date("2003-06-30"));
        Assessment assessment = calculator.assess(rules2000, member, diagnosis("2002-05-05", "CARCINOMA_IN_SITU", "D05.1"),
                MemberHistory.NONE);
        assertPays("0", assessment);
        assertEquals(Set.of(ReasonCode.NOT_COVERED), assessment.reasonCodes());
    }

    @Test
    void theCycleOf2000IsThreeYears() {
        PlanRules rules2000 = SeedPlans.seriousIllness2000();
        EnrolmentFacts member = EnrolmentFacts.paid(1, date("2000-07-01"), date("2003-06-30"));
        Assessment assessment = calculator.assess(rules2000, member, diagnosis("2002-05-05", "MALIGNANT_TUMOUR", "C34.1"),
                MemberHistory.NONE);
        assertPays("10000.00", assessment);
        assertEquals(new PlanYear(date("2000-07-01"), date("2003-06-30")), assessment.planYear());
    }

    @ParameterizedTest(name = "diagnosed {0}, filed {1}: late {2}")
    @CsvSource({
            "2016-09-01, 2018-09-01, false",
            "2016-09-01, 2018-09-02, true",
    })
    void claimTimeLimitCountsFromTheDiagnosis(String diagnosed, String filed, boolean late) {
        ClaimFacts claim = ClaimFacts.seriousIllness(date(diagnosed), "MALIGNANT_TUMOUR", "C16.9", date(filed));
        Assessment assessment = calculator.assess(rules2016, shares(1), claim, MemberHistory.NONE);
        assertPays(late ? "0" : "10000.00", assessment);
        assertEquals(late ? Set.of(ReasonCode.LATE_CLAIM) : Set.of(), assessment.reasonCodes());
    }

    @Test
    void diagnosisBeforeCoverStartsIsNotCovered() {
        EnrolmentFacts joiner = EnrolmentFacts.paid(1, date("2016-11-16"), date("2017-06-30"));
        Assessment assessment = calculator.assess(rules2016, joiner, diagnosis("2016-11-15", "MALIGNANT_TUMOUR", "C16.9"),
                MemberHistory.NONE);
        assertPays("0", assessment);
        assertEquals(Set.of(ReasonCode.NO_COVER_ON_DATE), assessment.reasonCodes());
    }

    @ParameterizedTest(name = "{1} claimed as {0}, stage {2}: pays {3} under {4} {5}")
    @CsvSource({
            // claimed class, ICD-10, stage from pathology, payable, class applied, reason
            "MALIGNANT_TUMOUR,  C18.0, '',    10000.00, MALIGNANT_TUMOUR,  ''",
            "MALIGNANT_TUMOUR,  D05.1, '',    0.00,     '',                DIAGNOSIS_OUTSIDE_CLASS",
            "CARCINOMA_IN_SITU, C50.9, '',    0.00,     '',                DIAGNOSIS_OUTSIDE_CLASS",
            "CARCINOMA_IN_SITU, D05.1, '',    3000.00,  CARCINOMA_IN_SITU, ''",
            "MALIGNANT_TUMOUR,  C61,   EARLY, 3000.00,  PROSTATE_T1N0M0,   ''",
            "PROSTATE_T1N0M0,   C61,   MAIN,  10000.00, MALIGNANT_TUMOUR,  ''",
            "MALIGNANT_TUMOUR,  C81.0, EARLY, 3000.00,  HODGKIN_STAGE_I,   ''",
            "MALIGNANT_TUMOUR,  C91.1, MAIN,  10000.00, MALIGNANT_TUMOUR,  ''",
            "MALIGNANT_TUMOUR,  C61,   '',    0.00,     '',                STAGE_REQUIRED",
    })
    void theDiagnosisMustLieInTheClassAndTheStageChoosesBetweenMainAndEarly(String claimed, String icd10, String stage,
                                                                          String payable, String applied, String reason) {
        ClaimFacts claim = ClaimFacts.seriousIllness(date("2016-10-10"), claimed, icd10,
                stage.isEmpty() ? null : org.huzhu.insurance.api.rules.DiseaseStage.valueOf(stage), date("2016-10-20"));
        Assessment assessment = calculator.assess(rules2016, shares(1), claim, MemberHistory.NONE);
        assertEquals(0, new java.math.BigDecimal(payable).compareTo(assessment.payable()), assessment.toString());
        assertEquals(applied, assessment.lines(org.huzhu.claims.api.assessment.Step.LUMP_SUM).stream().map(l -> l.rule())
                .findFirst().orElse(""));
        assertEquals(reason.isEmpty() ? java.util.Set.of() : java.util.Set.of(ReasonCode.valueOf(reason)), assessment.reasonCodes());
    }
}
