package org.huzhu.insurance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.CapBasis;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.insurance.api.rules.LumpSumBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.huzhu.insurance.api.rules.PremiumBasis;
import org.huzhu.insurance.api.rules.RefundRule;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;
import org.huzhu.insurance.api.rules.ReimbursementCategory;
import org.huzhu.insurance.testing.SeedDocuments;
import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three Shanghai plans of docs/domain.md as seeded by the V3 migration. */
class ShanghaiSeedPlansTest {

    private static PlanRules seed(String planAndVersion) {
        return PlanRulesJson.read(SeedDocuments.document(planAndVersion));
    }

    @Test
    void migrationSeedsEveryVersionOfTheThreePlans() {
        assertEquals(Set.of("SERIOUS_ILLNESS/2000", "SERIOUS_ILLNESS/2016", "WORKING_INPATIENT/2016", "RETIREE_INPATIENT/2001"),
                SeedDocuments.all().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERIOUS_ILLNESS/2000", "SERIOUS_ILLNESS/2016", "WORKING_INPATIENT/2016", "RETIREE_INPATIENT/2001"})
    void everySeededVersionReadsAndValidatesWithoutProblems(String planAndVersion) {
        PlanRules rules = seed(planAndVersion);
        List<Reason> problems = PlanRulesValidator.problems(rules);
        assertEquals(List.of(), problems);
        assertEquals(rules, PlanRulesJson.read(PlanRulesJson.write(rules)), "written form reads back the same");
    }

    @Test
    void documentsAgreeWithTheHeadlineColumnsOfTheirVersion() throws IOException {
        String v2 = Files.readString(Path.of("src/main/resources/db/migration/insurance/V2__seed_shanghai_plans.sql"),
                StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("select id, '(\\d+)', date '([0-9-]+)', date '([0-9-]+)', (\\d+), (\\d+), "
                + "([0-9.]+), (\\d+),.*?from insurance\\.plan where code = '(\\w+)'", Pattern.DOTALL).matcher(v2);
        int rows = 0;
        while (row.find()) {
            rows++;
            PlanRules rules = seed(row.group(8) + "/" + row.group(1));
            String version = row.group(8) + "/" + row.group(1);
            assertEquals(LocalDate.parse(row.group(2)), rules.period().start(), version);
            assertEquals(LocalDate.parse(row.group(3)), rules.period().end(), version);
            assertEquals(Integer.parseInt(row.group(4)), rules.period().cycleYears(), version);
            assertEquals(Integer.parseInt(row.group(5)), rules.maxShares(), version);
            assertEquals(new BigDecimal(row.group(6)), rules.premium().tiers().get(0).amount(), version);
            assertEquals(Integer.parseInt(row.group(7)), rules.cover().waitingPeriodMonths(), version);
        }
        assertEquals(4, rows);
    }

    @Test
    void seriousIllness2000IsAThreeYearCycleTieredByUnitAverageAge() {
        PlanRules rules = seed("SERIOUS_ILLNESS/2000");
        assertEquals(3, rules.period().cycleYears());
        assertEquals(LocalDate.of(2003, 6, 30), rules.period().end());
        assertEquals(PremiumBasis.PER_PERSON_PER_PERIOD, rules.premium().basis());
        assertEquals(new BigDecimal("60.00"), rules.premium().tiers().get(0).amount());
        assertEquals(new BigDecimal("70.00"), rules.premium().tiers().get(1).amount());
        assertEquals(RefundRule.UNUSED_WHOLE_YEARS, rules.refund());
        assertEquals(55, rules.eligibility().maxAgeExclusive(Sex.FEMALE).orElseThrow());
        assertEquals(60, rules.eligibility().maxAgeExclusive(Sex.MALE).orElseThrow());
        LumpSumBenefit lumpSum = (LumpSumBenefit) rules.benefits().get(0);
        assertEquals(12, lumpSum.classes().size());
        assertTrue(lumpSum.oncePerCycle());
    }

    @Test
    void seriousIllness2016HasTwentyTwoMainClassesAndEarlyCancersAtThirtyPercent() {
        LumpSumBenefit lumpSum = (LumpSumBenefit) seed("SERIOUS_ILLNESS/2016").benefits().get(0);
        assertEquals(22, lumpSum.classes().stream().filter(c -> c.stage() == DiseaseStage.MAIN).count());
        assertEquals(new BigDecimal("3000.00"),
                lumpSum.diseaseClass("CARCINOMA_IN_SITU").orElseThrow().payablePerShare(lumpSum.sumPerShare()));
        assertEquals(new BigDecimal("10000.00"),
                lumpSum.diseaseClass("MALIGNANT_TUMOUR").orElseThrow().payablePerShare(lumpSum.sumPerShare()));
        assertEquals(List.of("CARCINOMA_IN_SITU"), lumpSum.classesFor("D05.1").stream().map(c -> c.code()).toList());
    }

    @Test
    void workingInpatient2016PaysHalfThenSeventyPercentAboveTheDeductibleCappedPerShare() {
        PlanRules rules = seed("WORKING_INPATIENT/2016");
        assertTrue(rules.eligibility().basicInsuranceRequired());
        assertEquals(Set.of(EmploymentStatus.IN_SERVICE), rules.eligibility().employment());
        ReimbursementBenefit inpatient = (ReimbursementBenefit) rules.benefits().get(0);
        assertEquals(new BigDecimal("1000.00"), inpatient.deductible());
        assertEquals(2, inpatient.bands().size());
        assertEquals(CapBasis.SHARE_PER_YEAR, inpatient.cap().orElseThrow().per());
        assertEquals(0, rules.cover().waitingPeriodMonths());
    }

    @Test
    void retireePlan2001SharesOneYearlyCapAcrossInpatientOutpatientAndSickBed() {
        PlanRules rules = seed("RETIREE_INPATIENT/2001");
        assertEquals(Set.of(EmploymentStatus.RETIRED), rules.eligibility().employment());
        assertTrue(rules.eligibility().modelWorkersAlwaysEnrolled());
        assertEquals(3, rules.cover().waitingPeriodMonths());
        assertEquals(2, rules.benefits().size());
        rules.benefits().forEach(b -> assertEquals("RETIREE_ANNUAL", ((ReimbursementBenefit) b).capGroup().orElseThrow()));
        assertEquals(Set.of(ReimbursementCategory.OUTPATIENT_SERIOUS, ReimbursementCategory.HOME_SICKBED),
                ((ReimbursementBenefit) rules.benefits().get(1)).categories());
        assertEquals(new BigDecimal("40000.00"), rules.capGroup("RETIREE_ANNUAL").orElseThrow().cap().amount());
        assertEquals(CapBasis.MEMBER_PER_YEAR, rules.capGroup("RETIREE_ANNUAL").orElseThrow().cap().per());
    }
}
