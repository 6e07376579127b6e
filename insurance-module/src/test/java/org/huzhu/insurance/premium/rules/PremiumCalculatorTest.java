package org.huzhu.insurance.premium.rules;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.huzhu.insurance.api.rules.MidPeriodJoiner;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PayerShare;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.huzhu.insurance.api.rules.PremiumRule;
import org.huzhu.insurance.testing.RulesFixture;
import org.huzhu.insurance.testing.SeedDocuments;
import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PremiumCalculatorTest {

    private static final PlanRules SERIOUS_2000 = PlanRulesJson.read(SeedDocuments.document("SERIOUS_ILLNESS/2000"));
    private static final PlanRules INPATIENT = PlanRulesJson.read(SeedDocuments.document("WORKING_INPATIENT/2016"));
    private static final LocalDate START_2000 = LocalDate.of(2000, 7, 1);
    private static final LocalDate START_2016 = LocalDate.of(2016, 7, 1);

    /** Birth dates giving the listed ages on 1 July 2000. */
    private static List<LocalDate> agedOnStart2000(int... ages) {
        List<LocalDate> births = new ArrayList<>();
        for (int age : ages) {
            births.add(START_2000.minusYears(age).minusDays(100));
        }
        return births;
    }

    @Test
    void unitAverageAgeIsTheMeanOfWholeYearAgesToOneDecimalHalfUp() {
        assertEquals(new BigDecimal("40.0"), PremiumCalculator.unitAverageAge(SERIOUS_2000, agedOnStart2000(30, 50)));
        assertEquals(new BigDecimal("40.3"), PremiumCalculator.unitAverageAge(SERIOUS_2000, agedOnStart2000(30, 40, 51)));
        assertEquals(new BigDecimal("40.7"), PremiumCalculator.unitAverageAge(SERIOUS_2000, agedOnStart2000(30, 41, 51)));
    }

    @Test
    void ageOfAMemberWhoseBirthdayIsThePeriodStartCountsTheCompletedYear() {
        assertEquals(new BigDecimal("45.0"), PremiumCalculator.unitAverageAge(SERIOUS_2000, List.of(START_2000.minusYears(45))));
        assertEquals(new BigDecimal("44.0"), PremiumCalculator.unitAverageAge(SERIOUS_2000, List.of(START_2000.minusYears(45).plusDays(1))));
    }

    @Test
    void averageAgeHalfwayUpRoundsIntoTheHigherTier() {
        // 20 members: 19 aged 45 and one aged 44 -> 44.95 -> 45.0, which is not below 45
        List<Integer> ages = new ArrayList<>(Collections.nCopies(19, 45));
        ages.add(44);
        BigDecimal average = PremiumCalculator.unitAverageAge(SERIOUS_2000,
                agedOnStart2000(ages.stream().mapToInt(Integer::intValue).toArray()));
        assertEquals(new BigDecimal("45.0"), average);
        assertEquals(yuan("70.00"), PremiumCalculator.tier(SERIOUS_2000.premium(), average).amount());
    }

    @ParameterizedTest(name = "unit average age {0} pays {1}")
    @CsvSource({"30.0, 60.00", "44.9, 60.00", "45.0, 70.00", "58.2, 70.00"})
    void seriousIllness2000TierDependsOnTheUnitAverageAge(BigDecimal average, BigDecimal rate) {
        assertEquals(rate, PremiumCalculator.tier(SERIOUS_2000.premium(), average).amount());
    }

    @Test
    void premiumIsMembersTimesSharesTimesRate() {
        PlanRules twoShares = RulesFixture.withMaxShares(INPATIENT, 2);
        assertEquals(yuan("6500.00"), PremiumCalculator.premium(INPATIENT, new BigDecimal("40.0"), 100, 1, START_2016));
        assertEquals(yuan("13000.00"), PremiumCalculator.premium(twoShares, new BigDecimal("40.0"), 100, 2, START_2016));
    }

    @Test
    void perPersonPremiumIgnoresShares() {
        PlanRules twoShares = RulesFixture.withMaxShares(SERIOUS_2000, 2);
        assertEquals(yuan("700.00"), PremiumCalculator.premium(twoShares, new BigDecimal("47.5"), 10, 2, START_2000));
    }

    @Test
    void midPeriodJoinerPaysFullPremiumWhenTheVersionSaysFull() {
        assertEquals(yuan("65.00"), PremiumCalculator.premium(INPATIENT, new BigDecimal("40.0"), 1, 1, LocalDate.of(2017, 1, 1)));
    }

    @ParameterizedTest(name = "{0} members from {1}: {2}")
    @CsvSource({
            "1, 2016-07-01, 65.00",
            "1, 2017-01-01, 32.23",
            "3, 2017-01-01, 96.70",
            "1, 2017-06-30, 0.18",
            "7, 2016-10-15, 322.86",
    })
    void proRataPremiumCountsDaysOfCoverAndRoundsOnceToTheFen(int members, LocalDate coverStart, BigDecimal premium) {
        // 2016-07-01 .. 2017-06-30 has 365 days; from 1 January there are 181 days left: 65 x 181 / 365 = 32.2329;
        // three members are rounded once on the whole (96.6986 -> 96.70), not per member (3 x 32.23 = 96.69);
        // from 15 October 259 days are left: 7 x 65 x 259 / 365 = 322.863
        PremiumRule p = INPATIENT.premium();
        PlanRules proRata = RulesFixture.withPremium(INPATIENT, new PremiumRule(p.basis(), p.tiers(), p.payers(), MidPeriodJoiner.PRO_RATA));
        assertEquals(premium, PremiumCalculator.premium(proRata, new BigDecimal("40.0"), members, 1, coverStart));
    }

    @Test
    void sharesAboveTheVersionLimitAreRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> PremiumCalculator.premium(INPATIENT, new BigDecimal("40.0"), 1, 2, START_2016));
        assertEquals("premium.shares", e.code());
    }

    @Test
    void coverStartOutsideThePeriodIsRefused() {
        assertEquals("premium.coverOutsidePeriod", assertThrows(DomainException.class,
                () -> PremiumCalculator.premium(INPATIENT, new BigDecimal("40.0"), 1, 1, LocalDate.of(2017, 7, 1))).code());
    }

    @Test
    void emptyListHasNoAverageAge() {
        assertEquals("premium.noMembers", assertThrows(DomainException.class,
                () -> PremiumCalculator.unitAverageAge(INPATIENT, List.of())).code());
    }

    @Test
    void premiumIsSplitByPayerFractionsAndThePartsAddUpToTheWhole() {
        PlanRules split = RulesFixture.withPayers(INPATIENT, new PayerShare(Payer.UNIT, new BigDecimal("0.4")),
                new PayerShare(Payer.HARDSHIP_FUND, new BigDecimal("0.35")), new PayerShare(Payer.MEMBER, new BigDecimal("0.25")));
        Map<Payer, BigDecimal> parts = PremiumCalculator.split(split.premium(), yuan("32.23"));
        assertEquals(yuan("12.89"), parts.get(Payer.UNIT));
        assertEquals(yuan("11.28"), parts.get(Payer.HARDSHIP_FUND));
        assertEquals(yuan("8.06"), parts.get(Payer.MEMBER));
        assertEquals(yuan("32.23"), parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
