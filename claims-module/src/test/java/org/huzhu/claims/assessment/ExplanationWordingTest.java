package org.huzhu.claims.assessment;

import static org.huzhu.claims.assessment.SeedPlans.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.platform.api.SupportedLocales;
import org.junit.jupiter.api.Test;

/**
 * The explanation of a few typical claims as a member reads it, word for word in Chinese and English: positive amounts
 * whose words carry the sign, grouped, open bands as "above 10,000 yuan", benefit and class names, each thing said once,
 * no rounding line when there is nothing to round, and a refusal (the waiting period included) as a line saying why.
 */
class ExplanationWordingTest {

    private static final Locale ZH = SupportedLocales.CHINESE;
    private static final Locale EN = SupportedLocales.ENGLISH;

    private final BenefitCalculator calculator = new BenefitCalculator();
    private final EnrolmentFacts working = EnrolmentFacts.paid(1, date("2016-07-01"), date("2017-06-30"));

    @Test
    void aFirstStayReachesTheDeductibleAndIsPaidInTheFirstBand() {
        Assessment first = calculator.assess(SeedPlans.workingInpatient2016(), working,
                ClaimFacts.inpatient(date("2016-09-01"), date("2016-09-10"), 10,
                        SettlementSheet.of("20500.00", "14000.00", "6000.00", "500.00"), date("2016-09-20")),
                MemberHistory.NONE);
        assertReads(first, "2500.00",
                List.of("住院医疗：年度起付线 1,000.00 元，本次 1,000.00 元计入起付线，不予给付；本年度起付线已达到。",
                        "住院医疗：1,000 至 10,000 元部分 5,000.00 元 × 50% = 2,500.00 元。",
                        "住院医疗：医保范围外自费 500.00 元不予给付。",
                        "住院医疗：年度限额 15,000.00 元，本次应付 2,500.00 元在限额内；本年度剩余额度 12,500.00 元。"),
                List.of("Inpatient care: 1,000.00 yuan of this claim counts towards the yearly deductible of 1,000.00 yuan and is not paid; the deductible is now reached.",
                        "Inpatient care: 5,000.00 yuan from 1,000 to 10,000 yuan at 50% = 2,500.00 yuan.",
                        "Inpatient care: self-pay of 500.00 yuan outside the basic insurance scope is not paid.",
                        "Inpatient care: 2,500.00 yuan due is within the yearly limit of 15,000.00 yuan; 12,500.00 yuan of the limit remains this plan year."));
    }

    @Test
    void aThirdStayAboveTenThousandIsCutByTheYearlyLimit() {
        Assessment third = calculator.assess(SeedPlans.workingInpatient2016(), working,
                ClaimFacts.inpatient(date("2017-03-01"), date("2017-03-20"), 20,
                        SettlementSheet.of("50000.00", "30000.00", "20000.00", "0"), date("2017-03-25")),
                MemberHistory.NONE.withInScopeSelfPay("INPATIENT", "14000.00").withPaid("INPATIENT", "7300.00"));
        assertReads(third, "7700.00",
                List.of("住院医疗：10,000 元以上部分 20,000.00 元 × 70% = 14,000.00 元。",
                        "住院医疗：年度限额 15,000.00 元，本次应付 14,000.00 元，超出限额的 6,300.00 元不予给付；本年度剩余额度 0.00 元。"),
                List.of("Inpatient care: 20,000.00 yuan above 10,000 yuan at 70% = 14,000.00 yuan.",
                        "Inpatient care: 14,000.00 yuan due against the yearly limit of 15,000.00 yuan; 6,300.00 yuan above the limit is not paid; 0.00 yuan of the limit remains this plan year."));
    }

    @Test
    void aMainSeriousIllnessAfterAnEarlyStageIsPaidLessWhatWasPaid() {
        Assessment main = calculator.assess(SeedPlans.seriousIllness2016(), working,
                ClaimFacts.seriousIllness(date("2016-12-01"), "MALIGNANT_TUMOUR", "C18.0", date("2016-12-05")),
                MemberHistory.NONE.withEarlyStagePaid("SERIOUS_ILLNESS", "3000.00"));
        assertReads(main, "7000.00",
                List.of("特种重病：病种 恶性肿瘤，保额 10,000.00 元 × 100% = 10,000.00 元。",
                        "特种重病：本周期已给付早期病种保障金 3,000.00 元，从恶性肿瘤保障金中扣除 3,000.00 元。"),
                List.of("Serious illness: Malignant tumour, sum 10,000.00 yuan at 100% = 10,000.00 yuan.",
                        "Serious illness: the early-stage sum of 3,000.00 yuan paid earlier in this cycle is deducted from the Malignant tumour sum: 3,000.00 yuan less."));
    }

    @Test
    void aClaimInTheWaitingPeriodIsALineNotPaidSayingWhy() {
        Assessment waiting = calculator.assess(SeedPlans.retireeInpatient2001(),
                EnrolmentFacts.paid(1, date("2001-01-01"), date("2001-12-31")),
                ClaimFacts.inpatient(date("2001-02-10"), date("2001-02-15"), 6,
                        SettlementSheet.of("9000.00", "4000.00", "5000.00", "0"), date("2001-02-20")),
                MemberHistory.NONE);
        assertReads(waiting, "0.00",
                List.of("出险日 2001-02-10 在 3 个月的等待期内，自 2001-04-01 起方可给付。"),
                List.of("The date of the claim, 2001-02-10, falls in the waiting period of 3 month(s); benefits are paid from 2001-04-01."));
    }

    @Test
    void carcinomaInSituClaimedAsMalignantTumourIsNotPaidUnderThatClass() {
        Assessment outside = calculator.assess(SeedPlans.seriousIllness2016(), working,
                ClaimFacts.seriousIllness(date("2016-12-01"), "MALIGNANT_TUMOUR", "D05.1", date("2016-12-05")),
                MemberHistory.NONE);
        assertReads(outside, "0.00",
                List.of("特种重病：诊断编码 D05.1 不在恶性肿瘤的 ICD-10 范围 C00-C97 内，不按该病种给付。"),
                List.of("Serious illness: the diagnosis code D05.1 lies outside the ICD-10 range C00-C97 of Malignant tumour, so it is not paid under that class."));
    }

    @Test
    void prostateCancerAtAnEarlyStageIsPaidAsTheEarlyStageClass() {
        Assessment early = calculator.assess(SeedPlans.seriousIllness2016(), working,
                ClaimFacts.seriousIllness(date("2016-12-01"), "MALIGNANT_TUMOUR", "C61", DiseaseStage.EARLY, date("2016-12-05")),
                MemberHistory.NONE);
        assertReads(early, "3000.00",
                List.of("特种重病：诊断编码 C61 同属早期前列腺癌（T1N0M0）和恶性肿瘤两个病种；病理分期为早期，按早期前列腺癌（T1N0M0）给付。",
                        "特种重病：病种 早期前列腺癌（T1N0M0），保额 10,000.00 元 × 30% = 3,000.00 元。"),
                List.of("Serious illness: the diagnosis code C61 lies in both Prostate cancer, T1N0M0 (early stage) and Malignant tumour; the pathology stage is early, so Prostate cancer, T1N0M0 applies.",
                        "Serious illness: Prostate cancer, T1N0M0, sum 10,000.00 yuan at 30% = 3,000.00 yuan."));
    }

    private static void assertReads(Assessment assessment, String payable, List<String> chinese, List<String> english) {
        assertEquals(new java.math.BigDecimal(payable), assessment.payable());
        assertEquals(chinese, assessment.lines().stream().map(line -> line.text(ZH)).toList());
        assertEquals(english, assessment.lines().stream().map(line -> line.text(EN)).toList());
    }
}
