package org.huzhu.insurance.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.huzhu.insurance.testing.RulesFixture;
import org.huzhu.insurance.testing.SeedDocuments;
import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanRulesJsonTest {

    private static final String INPATIENT = SeedDocuments.document("WORKING_INPATIENT/2016");

    @Test
    void everyKindOfBenefitSurvivesWritingAndReadingBack() {
        PlanRules rules = RulesFixture.withBenefits(RulesFixture.inpatient2016(), List.of(
                RulesFixture.reimbursement("INPATIENT", "1000.00",
                        List.of(RulesFixture.band("1000.00", "10000.00", "0.50"), RulesFixture.band("10000.00", null, "0.70"))),
                new LumpSumBenefit("SERIOUS", new BigDecimal("10000.00"), true, List.of(
                        new DiseaseClass("MALIGNANT_TUMOUR", DiseaseStage.MAIN, Optional.empty(), Optional.empty(),
                                List.of(IcdRange.parse("C00-C97"))),
                        new DiseaseClass("CARCINOMA_IN_SITU", DiseaseStage.EARLY, Optional.of(new BigDecimal("2500.00")),
                                Optional.empty(), List.of(IcdRange.parse("D00-D09"))))),
                new DailyAllowanceBenefit("ALLOWANCE", new BigDecimal("30.00"), 180),
                new DeathBenefit("DEATH", new BigDecimal("5000.00"))));

        assertEquals(rules, PlanRulesJson.read(PlanRulesJson.write(rules)));
    }

    @Test
    void thePricedLossRatioIsKeptWhenGivenAndAbsentWhenNot() {
        PlanRules priced = RulesFixture.withPremium(RulesFixture.inpatient2016(),
                RulesFixture.inpatient2016().premium().withExpectedLossRatio(Optional.of(new BigDecimal("0.90"))));
        String json = PlanRulesJson.write(priced);
        assertEquals(true, json.contains("\"expectedLossRatio\":\"0.90\""), json);
        assertEquals(Optional.of(new BigDecimal("0.90")), PlanRulesJson.read(json).premium().expectedLossRatio());
        assertEquals(Optional.empty(), PlanRulesJson.read(PlanRulesJson.write(RulesFixture.inpatient2016())).premium().expectedLossRatio());
    }

    @Test
    void moneyIsWrittenAsStringsNeverAsBinaryNumbers() {
        String json = PlanRulesJson.write(RulesFixture.inpatient2016());
        assertEquals(true, json.contains("\"deductible\":\"1000.00\""), json);
        assertEquals(true, json.contains("\"rate\":\"0.50\""), json);
    }

    @Test
    void moneyMayAlsoBeGivenAsJsonNumbersAndIsHeldWithTwoDecimals() {
        PlanRules rules = PlanRulesJson.read(INPATIENT.replace("\"deductible\":\"1000.00\"", "\"deductible\":1000"));
        assertEquals(new BigDecimal("1000.00"), ((ReimbursementBenefit) rules.benefits().get(0)).deductible());
    }

    @Test
    void groupRuleAndPaymentDaysDefaultToTheShanghaiFiguresWhenAbsent() {
        PlanRules rules = PlanRulesJson.read(INPATIENT
                .replace("\"group\":{\"minimumFraction\":\"0.75\",\"allRequiredUpTo\":10},", "")
                .replace("\"paymentDueDays\":15,", ""));
        assertEquals(GroupRequirement.SHANGHAI_2024, rules.group());
        assertEquals(15, rules.cover().paymentDueDays());
    }

    @Test
    void employmentMayBeASingleStatusOrAbsentForEveryone() {
        assertEquals(Set.of(EmploymentStatus.IN_SERVICE), PlanRulesJson.read(
                INPATIENT.replace("\"employment\":[\"IN_SERVICE\"]", "\"employment\":\"IN_SERVICE\"")).eligibility().employment());
        assertEquals(Set.of(EmploymentStatus.values()), PlanRulesJson.read(
                INPATIENT.replace("\"employment\":[\"IN_SERVICE\"],", "")).eligibility().employment());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "\"deductible\":\"1000.00\",|rules.json.missing|benefits[0].deductible",
            "\"deductible\":\"1000.00\"|rules.json.badValue|benefits[0].deductible",
            "\"refund\":\"NONE\"|rules.json.badValue|refund",
            "\"start\":\"2016-07-01\"|rules.json.badValue|period.start",
            "\"format\":2|rules.json.badValue|format",
            "\"maxAgeExclusive\":{}|rules.json.badValue|eligibility.maxAgeExclusive.X",
    })
    void unreadableFieldIsNamedInTheError(String original, String code, String path) {
        String replacement = switch (path) {
            case "benefits[0].deductible" -> code.endsWith("missing") ? "" : "\"deductible\":\"1000.005\"";
            case "refund" -> "\"refund\":\"SOMETIMES\"";
            case "period.start" -> "\"start\":\"2016-13-01\"";
            case "format" -> "\"format\":1";
            default -> "\"maxAgeExclusive\":{\"X\":50}";
        };
        DomainException e = assertThrows(DomainException.class, () -> PlanRulesJson.read(INPATIENT.replace(original, replacement)));
        assertEquals(code, e.code());
        assertEquals(path, e.arguments().get(0));
    }

    @Test
    void textThatIsNotJsonIsRefusedAsMalformed() {
        DomainException e = assertThrows(DomainException.class, () -> PlanRulesJson.read("{\"format\":2,"));
        assertEquals("rules.json.malformed", e.code());
        assertEquals(DomainException.Kind.INVALID, e.kind());
    }
}
