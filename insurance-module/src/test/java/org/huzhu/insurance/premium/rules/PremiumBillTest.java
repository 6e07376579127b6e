package org.huzhu.insurance.premium.rules;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.MidPeriodJoiner;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PayerShare;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PremiumBasis;
import org.huzhu.insurance.api.rules.PremiumRule;
import org.huzhu.insurance.api.rules.PremiumTier;
import org.huzhu.insurance.testing.RulesFixture;
import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PremiumBillTest {

    private static final BigDecimal AGE = new BigDecimal("40.0");
    private static final LocalDate START = LocalDate.of(2016, 7, 1);
    private static final LocalDate JAN_1 = LocalDate.of(2017, 1, 1);
    private static final PlanRules INPATIENT = RulesFixture.inpatient2016();
    private static final PlanRules PRO_RATA = proRata(INPATIENT);

    private static PlanRules proRata(PlanRules rules) {
        PremiumRule p = rules.premium();
        return RulesFixture.withPremium(rules, new PremiumRule(p.basis(), p.tiers(), p.payers(), MidPeriodJoiner.PRO_RATA));
    }

    /** A calendar 2016 version (366 days, divisible by 3) at 10 yuan, pro rata for joiners. */
    private static PlanRules leapYearTenYuan() {
        PlanRules rules = RulesFixture.withPeriod(INPATIENT, new CoveragePeriod(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), 1));
        return proRata(RulesFixture.withTiers(rules, PremiumTier.open(yuan("10.00"))));
    }

    private static PlanRules thirds(PlanRules rules) {
        return RulesFixture.withPayers(rules, new PayerShare(Payer.UNIT, new BigDecimal("0.3333")),
                new PayerShare(Payer.UNION, new BigDecimal("0.3333")), new PayerShare(Payer.MEMBER, new BigDecimal("0.3334")));
    }

    private static List<BilledMember> members(int count, LocalDate coverStart) {
        List<BilledMember> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            members.add(new BilledMember(String.format("M%03d", i), 1, coverStart, false));
        }
        return members;
    }

    private static PremiumBill bill(PlanRules rules, List<BilledMember> members) {
        return PremiumBill.issue("B1", "U1", "WORKING_INPATIENT/2016", START, rules, AGE, members);
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void assertAddsUp(PremiumBill bill) {
        assertEquals(bill.total(), sum(bill.lines().stream().map(BillLine::amount)), "lines add up to the total");
        assertEquals(bill.total(), sum(bill.byPayer().values().stream()), "payer totals add up to the total");
        for (BillLine line : bill.lines()) {
            assertEquals(line.amount(), sum(line.byPayer().values().stream()), "payer parts add up to line " + line.memberId());
            line.byPayer().values().forEach(part -> assertTrue(part.signum() >= 0, "no negative part on " + line.memberId()));
        }
        for (Payer payer : Payer.values()) {
            assertEquals(bill.payer(payer), sum(bill.lines().stream().map(line -> line.payer(payer))), "column " + payer);
        }
    }

    static Stream<Arguments> awkwardBills() {
        return Stream.of(
                Arguments.of("one member at the full rate", INPATIENT, members(1, START), "65.00"),
                Arguments.of("three pro-rata joiners from 1 January: 3 x 65 x 181/365 rounded once", PRO_RATA, members(3, JAN_1), "96.70"),
                Arguments.of("pro rata thirds: 7 x 10 x 122/366", leapYearTenYuan(), members(7, LocalDate.of(2016, 9, 1)), "23.33"),
                Arguments.of("three payers at a third each, full rate", thirds(INPATIENT), members(100, START), "6500.00"),
                Arguments.of("three payers at a third each, pro-rata thirds", thirds(leapYearTenYuan()), members(11, LocalDate.of(2016, 9, 1)), "36.67"),
                Arguments.of("a joiner on the last day of the period", PRO_RATA, members(2, LocalDate.of(2017, 6, 30)), "0.36"));
    }

    @ParameterizedTest(name = "{0}: total {3}")
    @MethodSource("awkwardBills")
    void linesAndPayerPartsAddUpExactlyToTheBillTotal(String rule, PlanRules rules, List<BilledMember> members, BigDecimal total) {
        PremiumBill bill = bill(rules, members);
        assertEquals(total, bill.total());
        assertAddsUp(bill);
    }

    @Test
    void theFenLeftOverAfterRoundingDownGoToTheLargestRemaindersTiesToTheLowerMemberId() {
        // 7 x 10 x 122/366 = 23.3333 -> 23.33; each line 3.3333 rounds down to 3.33 (23.31), two fen left over
        PremiumBill bill = bill(leapYearTenYuan(), members(7, LocalDate.of(2016, 9, 1)));
        assertEquals(List.of(yuan("3.34"), yuan("3.34"), yuan("3.33"), yuan("3.33"), yuan("3.33"), yuan("3.33"), yuan("3.33")),
                bill.lines().stream().map(BillLine::amount).toList());
    }

    @Test
    void aLargerExactRemainderBeatsTheMemberIdOrder() {
        // M1 joins 1 January (32.2329), M2 at the start (65.00), M3 on 15 October (65 x 259/365 = 46.1233):
        // total 143.3562 -> 143.36; floors 32.23 + 65.00 + 46.12 = 143.35; the one fen left goes to M3 (remainder
        // .33 fen) rather than M1 (.29 fen), although M1 comes first
        List<BilledMember> members = List.of(new BilledMember("M1", 1, JAN_1, false),
                new BilledMember("M2", 1, START, false), new BilledMember("M3", 1, LocalDate.of(2016, 10, 15), false));
        PremiumBill bill = bill(PRO_RATA, members);
        assertEquals(yuan("143.36"), bill.total());
        assertEquals(List.of(yuan("32.23"), yuan("65.00"), yuan("46.13")), bill.lines().stream().map(BillLine::amount).toList());
    }

    @Test
    void linesAlwaysAddUpToTheTotalForAnyMixOfJoinersSharesAndPayers() {
        Random random = new Random(20160701);
        PlanRules base = RulesFixture.withMaxShares(RulesFixture.withTiers(PRO_RATA, PremiumTier.open(yuan("47.77"))), 3);
        for (int run = 0; run < 300; run++) {
            PlanRules rules = random.nextBoolean() ? thirds(base) : RulesFixture.withPayers(base,
                    new PayerShare(Payer.UNIT, new BigDecimal("0.45")), new PayerShare(Payer.MEMBER, new BigDecimal("0.55")));
            List<BilledMember> members = new ArrayList<>();
            int count = 1 + random.nextInt(40);
            for (int i = 0; i < count; i++) {
                members.add(new BilledMember("M" + random.nextInt(1_000_000) + "-" + i, 1 + random.nextInt(3),
                        START.plusDays(random.nextInt(365)), random.nextInt(5) == 0));
            }
            assertAddsUp(bill(rules, members));
        }
    }

    @Test
    void payersWithEqualFractionsTakeTurnsWithTheOddFen() {
        // 300 joiners from 1 January: lines of 32.23 or 32.24, halves of 16.115 or 16.12; the odd fen must not
        // always fall on the unit
        PlanRules halves = RulesFixture.withPayers(PRO_RATA, new PayerShare(Payer.UNIT, new BigDecimal("0.5")),
                new PayerShare(Payer.MEMBER, new BigDecimal("0.5")));
        PremiumBill bill = bill(halves, members(300, JAN_1));
        assertEquals(yuan("9669.86"), bill.total());
        assertEquals(yuan("4834.93"), bill.payer(Payer.UNIT));
        assertEquals(yuan("4834.93"), bill.payer(Payer.MEMBER));
    }

    @Test
    void payerTotalsOfThirdsStayWithinAFenOfTheirExactShare() {
        PremiumBill bill = bill(thirds(INPATIENT), members(100, START));
        // exact: 6500 x 0.3333 = 2166.45, 6500 x 0.3334 = 2167.10
        assertEquals(yuan("2166.45"), bill.payer(Payer.UNIT));
        assertEquals(yuan("2166.45"), bill.payer(Payer.UNION));
        assertEquals(yuan("2167.10"), bill.payer(Payer.MEMBER));
    }

    @Test
    void aHardshipMembersShareIsChargedToTheHardshipFund() {
        PlanRules split = RulesFixture.withPayers(INPATIENT, new PayerShare(Payer.UNIT, new BigDecimal("0.4")),
                new PayerShare(Payer.MEMBER, new BigDecimal("0.6")));
        PremiumBill bill = bill(split, List.of(new BilledMember("A", 1, START, false), new BilledMember("B", 1, START, true)));
        BillLine hardship = bill.lines().get(1);
        assertEquals(yuan("26.00"), hardship.payer(Payer.UNIT));
        assertEquals(yuan("39.00"), hardship.payer(Payer.HARDSHIP_FUND));
        assertEquals(yuan("0.00"), hardship.payer(Payer.MEMBER));
        assertEquals(yuan("39.00"), bill.payer(Payer.MEMBER));
        assertEquals(yuan("39.00"), bill.payer(Payer.HARDSHIP_FUND));
        assertEquals(yuan("52.00"), bill.payer(Payer.UNIT));
    }

    @Test
    void midPeriodJoinerPaysTheFullRateWhenTheVersionSaysFull() {
        assertEquals(yuan("65.00"), bill(INPATIENT, members(1, JAN_1)).total());
    }

    @Test
    void perShareVersionsChargeEachShareAndPerPersonVersionsDoNot() {
        PlanRules twoShares = RulesFixture.withMaxShares(INPATIENT, 2);
        List<BilledMember> members = List.of(new BilledMember("A", 2, START, false), new BilledMember("B", 1, START, false));
        assertEquals(yuan("195.00"), bill(twoShares, members).total());
        PremiumRule p = twoShares.premium();
        PlanRules perPerson = RulesFixture.withPremium(twoShares,
                new PremiumRule(PremiumBasis.PER_PERSON_PER_PERIOD, p.tiers(), p.payers(), p.midPeriodJoiner()));
        assertEquals(yuan("130.00"), bill(perPerson, members).total());
    }

    @Test
    void theRateIsTheTierOfTheUnitAverageAge() {
        PlanRules tiered = RulesFixture.withTiers(INPATIENT, PremiumTier.below(new BigDecimal("45"), yuan("60.00")),
                PremiumTier.open(yuan("70.00")));
        assertEquals(yuan("60.00"), PremiumBill.issue("B", "U", "V", START, tiered, new BigDecimal("44.9"), members(1, START)).total());
        assertEquals(yuan("70.00"), PremiumBill.issue("B", "U", "V", START, tiered, new BigDecimal("45.0"), members(1, START)).total());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBills")
    void billsThatBreakARuleAreRefused(String code, List<BilledMember> members) {
        assertEquals(code, assertThrows(DomainException.class, () -> bill(INPATIENT, members)).code());
    }

    static Stream<Arguments> refusedBills() {
        return Stream.of(
                Arguments.of("premium.bill.empty", List.of()),
                Arguments.of("premium.bill.memberTwice", List.of(new BilledMember("A", 1, START, false), new BilledMember("A", 1, START, false))),
                Arguments.of("premium.shares", List.of(new BilledMember("A", 2, START, false))),
                Arguments.of("premium.coverOutsidePeriod", List.of(new BilledMember("A", 1, LocalDate.of(2017, 7, 1), false))));
    }
}
