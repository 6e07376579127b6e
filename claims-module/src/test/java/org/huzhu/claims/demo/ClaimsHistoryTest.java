package org.huzhu.claims.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.huzhu.claims.api.assessment.ClaimType;
import org.junit.jupiter.api.Test;

class ClaimsHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final LocalDate START = LocalDate.of(2023, 7, 1);

    private static List<ClaimsHistory.Claimant> members(int count, String unit) {
        return IntStream.range(0, count).mapToObj(i -> new ClaimsHistory.Claimant(i + (unit.hashCode() & 0xffff) * 1000L, "R" + i, unit)).toList();
    }

    private static List<ClaimsHistory.Planned> history() {
        List<ClaimsHistory.Claimant> working = members(150, "PD-0001");
        return ClaimsHistory.plan(List.of(new ClaimsHistory.Book("WORKING_INPATIENT", working, START, ClaimsHistory.WORKING_STAYS_A_MONTH),
                new ClaimsHistory.Book("SERIOUS_ILLNESS", working, START, ClaimsHistory.SERIOUS_ILLNESSES_A_MONTH),
                new ClaimsHistory.Book("RETIREE_INPATIENT", members(70, "PD-C001"), LocalDate.of(2024, 3, 15), ClaimsHistory.RETIREE_CLAIMS_A_MONTH)),
                TODAY, ClaimsDemoData.SEED);
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertEquals(history(), history());
    }

    @Test
    void aSmallDistrictUnionFilesAFewClaimsAMonth() {
        Map<YearMonth, Long> byMonth = history().stream().filter(c -> !c.received().isBefore(LocalDate.of(2024, 6, 1)))
                .collect(Collectors.groupingBy(c -> YearMonth.from(c.received()), Collectors.counting()));
        double average = byMonth.values().stream().mapToLong(Long::longValue).average().orElse(0);
        assertTrue(average >= 3.5 && average <= 8, "claims received a month on average: " + average);
        assertTrue(history().size() > 120 && history().size() < 320, "claims in all: " + history().size());
    }

    @Test
    void everyPlanAndClaimTypeHasClaimsInEveryYear() {
        for (int year : new int[] {2024, 2025, 2026}) {
            List<ClaimsHistory.Planned> of = history().stream().filter(c -> c.service().getYear() == year).toList();
            for (ClaimType type : List.of(ClaimType.INPATIENT, ClaimType.OUTPATIENT_SERIOUS, ClaimType.HOME_SICKBED, ClaimType.SERIOUS_ILLNESS)) {
                assertTrue(of.stream().anyMatch(c -> c.type() == type), type + " in " + year);
            }
        }
    }

    @Test
    void mostClaimsAreReportedWithinAMonthAFewAreLate() {
        List<Long> lags = history().stream().map(c -> ChronoUnit.DAYS.between(c.end(), c.received())).toList();
        long withinAMonth = lags.stream().filter(lag -> lag <= 31).count();
        long late = lags.stream().filter(lag -> lag > 100).count();
        assertTrue(lags.stream().allMatch(lag -> lag >= 2 && lag <= 310), "2 days to about ten months");
        assertTrue(withinAMonth > lags.size() * 0.65 && withinAMonth < lags.size() * 0.85, withinAMonth + " of " + lags.size());
        assertTrue(late > 0 && late < lags.size() * 0.08, late + " late of " + lags.size());
    }

    @Test
    void aClaimIsReceivedAfterItsServiceEndsAndNothingAfterYesterday() {
        for (ClaimsHistory.Planned claim : history()) {
            assertTrue(claim.received().isAfter(claim.end()), claim.toString());
            assertTrue(claim.received().isBefore(TODAY), claim.toString());
            assertFalse(claim.service().isBefore(START), claim.toString());
        }
    }

    @Test
    void everyFirstDecisionComesBeforeTodaySoNoClaimWaitsForItsFirstReview() {
        for (ClaimsHistory.Planned claim : history()) {
            assertTrue(claim.decidedAt().isAfter(claim.filedAt()), claim.toString());
            assertTrue(claim.decidedAt().isBefore(TODAY.atStartOfDay()), claim.toString());
        }
    }

    @Test
    void aSettlementSheetAddsUpAndACoupleOfStaysAreCatastrophic() {
        List<ClaimsHistory.Planned> stays = history().stream().filter(c -> c.type() == ClaimType.INPATIENT).toList();
        for (ClaimsHistory.Planned stay : stays) {
            assertEquals(stay.total(), stay.basic().add(stay.inScope()).add(stay.outOfScope()), stay.toString());
            assertTrue(stay.inScope().signum() > 0 && stay.days() >= 2 && stay.days() <= 30, stay.toString());
            assertEquals(stay.days() - 1L, ChronoUnit.DAYS.between(stay.service(), stay.end()));
        }
        List<ClaimsHistory.Planned> catastrophic = stays.stream().filter(c -> c.total().compareTo(new BigDecimal("60000")) >= 0).toList();
        assertTrue(catastrophic.size() >= 1 && catastrophic.size() < stays.size() / 20, catastrophic.size() + " of " + stays.size());
        assertTrue(catastrophic.stream().allMatch(c -> c.days() >= 12), "a catastrophic stay is a long one");
    }

    @Test
    void aMemberReceivesTheSeriousIllnessSumOnce() {
        List<Long> ill = history().stream().filter(c -> c.type() == ClaimType.SERIOUS_ILLNESS).map(c -> c.claimant().memberId()).toList();
        assertEquals(ill.size(), ill.stream().distinct().count());
    }

    @Test
    void someClaimsWaitForDocumentsAFewAreRejectedOrWithdrawnAndSomeRejectionsAreAppealed() {
        Map<ClaimsHistory.Fate, Long> fates = history().stream().collect(Collectors.groupingBy(ClaimsHistory.Planned::fate, Collectors.counting()));
        long all = history().size();
        assertTrue(fates.get(ClaimsHistory.Fate.APPROVE) > all * 0.8, fates.toString());
        assertTrue(fates.get(ClaimsHistory.Fate.PEND_THEN_APPROVE) > all * 0.03, fates.toString());
        assertTrue(fates.get(ClaimsHistory.Fate.REJECT) > 5 && fates.get(ClaimsHistory.Fate.REJECT) < all * 0.08, fates.toString());
        assertTrue(fates.get(ClaimsHistory.Fate.WITHDRAW) > 0, fates.toString());
        assertTrue(history().stream().anyMatch(c -> c.appealAfterDays() > 0), "an appeal");
    }

    @Test
    void aPoissonCountHasItsMean() {
        SplittableRandom random = new SplittableRandom(1);
        double mean = IntStream.range(0, 20_000).map(i -> ClaimsHistory.poisson(random, 12)).average().orElse(0);
        assertEquals(12, mean, 0.15);
    }
}
