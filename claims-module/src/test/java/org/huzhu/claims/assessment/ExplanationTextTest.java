package org.huzhu.claims.assessment;

import static org.huzhu.claims.assessment.SeedPlans.date;
import static org.huzhu.claims.assessment.SeedPlans.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.rules.DailyAllowanceBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.platform.api.SupportedLocales;
import org.junit.jupiter.api.Test;

/** Every line and reason the engine writes reads as a sentence in Chinese and English (no raw keys or braces). */
class ExplanationTextTest {

    private final BenefitCalculator calculator = new BenefitCalculator();

    @Test
    void everyStepAndReasonOfRealAssessmentsRenders() {
        PlanRules working = SeedPlans.plus(SeedPlans.workingInpatient2016(),
                new DailyAllowanceBenefit("ALLOWANCE", yuan("50.00"), 30));
        EnrolmentFacts workingMember = EnrolmentFacts.paid(1, date("2016-07-01"), date("2017-06-30"));
        PlanRules retiree = SeedPlans.retireeInpatient2001();
        EnrolmentFacts retired = EnrolmentFacts.paid(1, date("2001-01-01"), date("2001-12-31"));
        List<Assessment> assessments = new ArrayList<>();
        assessments.add(calculator.assess(working, workingMember,
                ClaimFacts.inpatient(date("2016-09-01"), date("2016-09-21"), 20,
                        SettlementSheet.of("99000.00", "60000.00", "30000.00", "9000.00"), date("2016-10-01")),
                MemberHistory.NONE.withInScopeSelfPay("INPATIENT", "500.00").withAllowanceDays("ALLOWANCE", 25)));
        assessments.add(calculator.assess(retiree, retired,
                ClaimFacts.inpatient(date("2001-03-01"), date("2001-03-05"), 4,
                        SettlementSheet.of("900.00", "600.00", "300.00", "0"), date("2004-03-10")),
                MemberHistory.NONE));
        assessments.add(calculator.assess(retiree, retired,
                ClaimFacts.homeSickbed(date("2001-11-01"), SettlementSheet.of("900.00", "600.00", "300.00", "0"),
                        date("2001-11-10")),
                MemberHistory.NONE.withPaidInCapGroup("RETIREE_ANNUAL", "39950.00")));
        assessments.add(calculator.assess(SeedPlans.seriousIllness2016(), workingMember,
                ClaimFacts.seriousIllness(date("2016-12-01"), "MALIGNANT_TUMOUR", "C18.0", date("2016-12-05")),
                MemberHistory.NONE.withEarlyStagePaid("SERIOUS_ILLNESS", "3000.00")));
        assessments.add(calculator.assess(SeedPlans.seriousIllness2016(), workingMember.unpaid(),
                ClaimFacts.seriousIllness(date("2016-12-01"), "MALIGNANT_TUMOUR", "C18.0", date("2016-12-05")),
                MemberHistory.NONE));

        Set<Step> steps = EnumSet.noneOf(Step.class);
        for (Assessment assessment : assessments) {
            for (Locale locale : List.of(SupportedLocales.CHINESE, SupportedLocales.ENGLISH)) {
                for (AssessmentLine line : assessment.lines()) {
                    steps.add(line.step());
                    assertReadable(line.text(locale), "line." + line.step());
                }
                for (AssessmentReason reason : assessment.reasons()) {
                    assertReadable(reason.text(locale), reason.key());
                    assertReadable(reason.title(locale), reason.key() + ".title");
                }
            }
        }
        assertEquals(EnumSet.of(Step.DEDUCTIBLE, Step.BAND, Step.OUT_OF_SCOPE, Step.BENEFIT_CAP, Step.CAP_GROUP,
                Step.DAILY_ALLOWANCE, Step.LUMP_SUM, Step.EARLY_STAGE_DEDUCTION, Step.NOT_PAID), steps);
    }

    private static void assertReadable(String text, String key) {
        assertFalse(text.startsWith(key), "no text for " + key);
        assertFalse(text.contains("{") || text.contains("}"), "unfilled argument in " + text);
    }
}
