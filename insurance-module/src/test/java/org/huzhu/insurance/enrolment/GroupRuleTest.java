package org.huzhu.insurance.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.huzhu.insurance.api.rules.GroupRequirement;
import org.huzhu.insurance.enrolment.rules.GroupCheck;
import org.huzhu.insurance.enrolment.rules.GroupRule;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupRuleTest {

    private static final GroupRequirement SHANGHAI = GroupRequirement.SHANGHAI_2024;

    @ParameterizedTest(name = "{0} eligible -> {1} required")
    @CsvSource({
            "1, 1", "9, 9", "10, 10",
            "11, 9",
            "12, 9",
            "13, 10",
            "20, 15",
            "100, 75",
            "101, 76",
    })
    void requiredHeadcountIsThreeQuartersRoundedUpAndEveryoneInUnitsOfTenOrFewer(int eligible, int required) {
        assertEquals(required, GroupRule.required(SHANGHAI, eligible));
    }

    @Test
    void unitOfTenMustEnrolEveryone() {
        GroupCheck check = GroupRule.check(SHANGHAI, 10, 9);
        assertFalse(check.met());
        assertEquals(10, check.required());
        assertEquals(new BigDecimal("90.0"), check.percentage());
        assertTrue(GroupRule.check(SHANGHAI, 10, 10).met());
    }

    @Test
    void unitOfElevenMayLeaveTwoOut() {
        assertTrue(GroupRule.check(SHANGHAI, 11, 9).met());
        GroupCheck check = GroupRule.check(SHANGHAI, 11, 8);
        assertFalse(check.met());
        assertEquals(new BigDecimal("72.7"), check.percentage());
    }

    @Test
    void unitBelowThresholdIsRefusedWithTheFigures() {
        GroupCheck check = GroupRule.check(SHANGHAI, 40, 29);
        DomainException e = assertThrows(DomainException.class, check::requireMet);
        assertEquals("group.belowThreshold", e.code());
        assertEquals(DomainException.Kind.UNPROCESSABLE, e.kind());
        assertEquals("The unit has 40 eligible people and enrolled 29 (72.5%); at least 30 (75%) are required.",
                e.detail(SupportedLocales.ENGLISH));
        assertEquals("单位符合条件 40 人，参保 29 人（72.5%），至少需要 30 人（75%）。", e.detail(SupportedLocales.CHINESE));
    }

    @Test
    void smallUnitRefusalShowsTheHundredPercentRequirement() {
        DomainException e = assertThrows(DomainException.class, GroupRule.check(SHANGHAI, 4, 3)::requireMet);
        assertEquals("The unit has 4 eligible people and enrolled 3 (75%); at least 4 (100%) are required.",
                e.detail(SupportedLocales.ENGLISH));
    }

    @Test
    void thresholdsAreParametersOfTheVersion() {
        GroupRequirement lenient = new GroupRequirement(new BigDecimal("0.5"), 3);
        assertEquals(4, GroupRule.required(lenient, 4 + 3));
        assertEquals(3, GroupRule.required(lenient, 3));
        assertTrue(GroupRule.check(lenient, 20, 10).met());
    }

    @Test
    void unitWithNobodyEligibleCannotEnrolAndCountsMustBeConsistent() {
        assertEquals("group.noneEligible", GroupRule.check(SHANGHAI, 0, 0).refusal().orElseThrow().code());
        assertEquals("group.moreEnrolledThanEligible", GroupRule.check(SHANGHAI, 5, 6).refusal().orElseThrow().code());
    }
}
