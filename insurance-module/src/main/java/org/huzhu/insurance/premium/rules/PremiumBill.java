package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.MidPeriodJoiner;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PayerShare;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PremiumBasis;
import org.huzhu.insurance.api.rules.PremiumRule;
import org.huzhu.insurance.ledger.Money;
import org.huzhu.platform.api.DomainException;

/**
 * The premium bill of one unit for one plan version: one line per member, each split by payer.
 *
 * <p>Rounding, in this order and nowhere else:</p>
 * <ol>
 * <li>Each member's exact premium is rate × (shares, or 1 when the version charges per person), times
 * covered days / period days for a mid-period joiner when the version charges pro rata (days counted from
 * the cover start to the period end, both included). Nothing is rounded here.</li>
 * <li>The bill total is the exact sum of those, rounded half-up to the fen once.</li>
 * <li>The total is shared out over the lines by largest remainder, ties to the lower member id, so the lines
 * add up exactly to the total ({@link LargestRemainder}).</li>
 * <li>Each line is split between payers by the version's fractions, rounded by largest remainder with the
 * payers' remainders carried from line to line ({@link PayerSplit}); a hardship member's MEMBER fraction is
 * charged to HARDSHIP_FUND. The payer parts add up exactly to each line, so the payer totals add up to the
 * bill total.</li>
 * </ol>
 */
public record PremiumBill(String billId, String unitId, String planVersion, LocalDate issuedOn, BigDecimal rate,
                          BigDecimal total, List<BillLine> lines, Map<Payer, BigDecimal> byPayer) {

    public PremiumBill {
        Objects.requireNonNull(billId, "billId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(planVersion, "planVersion");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
        byPayer = Collections.unmodifiableMap(new EnumMap<>(byPayer));
    }

    /**
     * Issues the bill. The rate is the version's tier for the unit's average age (see
     * {@link PremiumCalculator#unitAverageAge}); lines come out ordered by member id.
     */
    public static PremiumBill issue(String billId, String unitId, String planVersion, LocalDate issuedOn,
                                    PlanRules rules, BigDecimal unitAverageAge, List<BilledMember> members) {
        if (members.isEmpty()) {
            throw Reason.of("premium.bill.empty", unitId).exception(DomainException.Kind.UNPROCESSABLE);
        }
        List<BilledMember> ordered = members.stream().sorted(Comparator.comparing(BilledMember::memberId)).toList();
        checkMembers(rules, ordered);
        PremiumRule rule = rules.premium();
        BigDecimal rate = PremiumCalculator.tier(rule, unitAverageAge).amount();
        BigDecimal periodDays = BigDecimal.valueOf(rules.period().days());

        List<BigDecimal> numerators = new ArrayList<>();
        BigDecimal exactTotalTimesDays = BigDecimal.ZERO;
        for (BilledMember member : ordered) {
            int units = rule.basis() == PremiumBasis.PER_SHARE_PER_PERIOD ? member.shares() : 1;
            BigDecimal numerator = rate.multiply(BigDecimal.valueOf(units))
                    .multiply(BigDecimal.valueOf(chargedDays(rules, member.coverStart())));
            numerators.add(numerator);
            exactTotalTimesDays = exactTotalTimesDays.add(numerator);
        }
        BigDecimal total = exactTotalTimesDays.divide(periodDays, 2, RoundingMode.HALF_UP);
        List<BigDecimal> amounts = LargestRemainder.distribute(total, numerators, periodDays);

        PayerSplit split = new PayerSplit();
        List<BillLine> lines = new ArrayList<>();
        Map<Payer, BigDecimal> byPayer = new EnumMap<>(Payer.class);
        for (int i = 0; i < ordered.size(); i++) {
            BilledMember member = ordered.get(i);
            Map<Payer, BigDecimal> parts = split.split(amounts.get(i), fractions(rule, member.hardship()));
            parts.forEach((payer, part) -> byPayer.merge(payer, part, BigDecimal::add));
            lines.add(new BillLine(member.memberId(), member.shares(), member.coverStart(), member.hardship(),
                    amounts.get(i), parts));
        }
        return new PremiumBill(billId, unitId, planVersion, issuedOn, rate, total, lines, byPayer);
    }

    /** What this payer owes on the whole bill; zero when the payer has no part. */
    public BigDecimal payer(Payer payer) {
        return byPayer.getOrDefault(payer, Money.ZERO);
    }

    /** Days the member is charged for: the whole period, or the days of cover for a pro-rata joiner. */
    static long chargedDays(PlanRules rules, LocalDate coverStart) {
        CoveragePeriod period = rules.period();
        if (rules.premium().midPeriodJoiner() == MidPeriodJoiner.PRO_RATA && coverStart.isAfter(period.start())) {
            return ChronoUnit.DAYS.between(coverStart, period.end()) + 1;
        }
        return period.days();
    }

    private static void checkMembers(PlanRules rules, List<BilledMember> members) {
        Set<String> seen = new HashSet<>();
        for (BilledMember member : members) {
            if (!seen.add(member.memberId())) {
                throw Reason.of("premium.bill.memberTwice", member.memberId()).exception(DomainException.Kind.UNPROCESSABLE);
            }
            if (member.shares() < 1 || member.shares() > rules.maxShares()) {
                throw Reason.of("premium.shares", member.shares(), rules.maxShares())
                        .exception(DomainException.Kind.UNPROCESSABLE);
            }
            if (!rules.period().contains(member.coverStart())) {
                throw Reason.of("premium.coverOutsidePeriod", member.coverStart(), rules.period().start(),
                        rules.period().end()).exception(DomainException.Kind.UNPROCESSABLE);
            }
        }
    }

    /** The version's payer fractions; for a hardship member the MEMBER fraction moves to HARDSHIP_FUND. */
    private static Map<Payer, BigDecimal> fractions(PremiumRule rule, boolean hardship) {
        Map<Payer, BigDecimal> fractions = new EnumMap<>(Payer.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (PayerShare share : rule.payers()) {
            Payer payer = hardship && share.payer() == Payer.MEMBER ? Payer.HARDSHIP_FUND : share.payer();
            fractions.merge(payer, share.fraction(), BigDecimal::add);
            sum = sum.add(share.fraction());
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalStateException("Payer fractions add up to " + sum + "; the rules were not validated");
        }
        return fractions;
    }
}
