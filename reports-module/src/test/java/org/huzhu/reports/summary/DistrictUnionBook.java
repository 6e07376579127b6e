package org.huzhu.reports.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A district union's book with a known truth, generated from a seed (the same seed, the same book): about 5,000
 * members of one plan, with late joiners and leavers on any day of a month (partial months), and three years
 * of claims whose whole life is simulated, also beyond the last valuation month, so that the true ultimate of
 * every month of service is known.
 *
 * <ul>
 *   <li>claims per member-day of cover (Poisson by member and month): inpatient 0.9 % a month (lognormal,
 *       mean 4,500, CV 1.0), outpatient serious illness 2 % a month (lognormal, mean 1,200, CV 0.7),
 *       serious-illness lump sums 0.04 % a month (20,000), catastrophic stays 0.004 % a month (uniform 60,000 to
 *       150,000: a few a year, above the large-claim threshold);</li>
 *   <li>receipt after service (the report lag): the stay's length plus an exponential delay (mean 25 days for
 *       stays, 20 for outpatient claims, 45 for lump sums), and for 4 % of claims a late filing of 60 to 400
 *       days more;</li>
 *   <li>assessment 2 to 20 days after receipt; 4 % rejected there; payment 7 to 35 days after assessment;
 *       1 % of paid claims reversed 30 to 180 days after payment.</li>
 * </ul>
 * The true ultimate of a month of service is the amount of its claims that are neither rejected nor ever
 * reversed. {@link #at} reads the book as at a valuation date the way the monthly figures' reader reads the
 * database: it is the specification the reader is tested against.
 */
final class DistrictUnionBook {

    enum Type { INPATIENT, OUTPATIENT_SERIOUS, SERIOUS_ILLNESS }

    record Member(long id, char sex, LocalDate birthDate, LocalDate coverStart, LocalDate coverEnd) {
    }

    record Claim(long id, long memberId, Type type, LocalDate service, int days, LocalDate received, LocalDate assessed,
                 boolean rejected, BigDecimal amount, LocalDate paid, LocalDate reversed) {

        boolean receivedBy(LocalDate date) {
            return !received.isAfter(date);
        }

        boolean assessedBy(LocalDate date) {
            return !assessed.isAfter(date);
        }

        boolean paidBy(LocalDate date) {
            return paid != null && !paid.isAfter(date);
        }

        boolean reversedBy(LocalDate date) {
            return reversed != null && !reversed.isAfter(date);
        }

        /** Counts at the date: received, not rejected (as far as known), not reversed. */
        boolean countsAt(LocalDate date) {
            return receivedBy(date) && !(assessedBy(date) && rejected) && !reversedBy(date);
        }

        /** What the claim finally costs. */
        BigDecimal ultimate() {
            return rejected || reversed != null ? BigDecimal.ZERO : amount;
        }
    }

    static final LocalDate PLAN_START = LocalDate.of(2023, 7, 1);

    final YearMonth first;
    final YearMonth last;
    final List<Member> members = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();

    private DistrictUnionBook(YearMonth first, YearMonth last) {
        this.first = first;
        this.last = last;
    }

    /** 5,000 members from the first month on, claims with service from the first to the last month. */
    static DistrictUnionBook generate(long seed, YearMonth first, YearMonth last) {
        return generate(seed, first, last, 5000);
    }

    /** A book of the given size at the start (joiners and leavers scale with it). */
    static DistrictUnionBook generate(long seed, YearMonth first, YearMonth last, int initialMembers) {
        DistrictUnionBook book = new DistrictUnionBook(first, last);
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate coverEnd = last.plusYears(3).atEndOfMonth();
        long memberId = 0;
        for (int i = 0; i < initialMembers; i++) {
            book.members.add(newMember(++memberId, first.atDay(1), coverEnd, random));
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            int joiners = (30 + random.nextInt(21)) * initialMembers / 5000;
            for (int j = 0; j < joiners; j++) {
                book.members.add(newMember(++memberId, m.atDay(1 + random.nextInt(m.lengthOfMonth())), coverEnd, random));
            }
            int leavers = (20 + random.nextInt(21)) * initialMembers / 5000;
            for (int j = 0; j < leavers; j++) {
                int index = random.nextInt(book.members.size());
                Member member = book.members.get(index);
                LocalDate left = m.atDay(1 + random.nextInt(m.lengthOfMonth()));
                if (member.coverEnd().equals(coverEnd) && !left.isBefore(member.coverStart())) {
                    book.members.set(index, new Member(member.id(), member.sex(), member.birthDate(), member.coverStart(), left));
                }
            }
        }
        long claimId = 0;
        for (Member member : book.members) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                LocalDate from = max(m.atDay(1), member.coverStart());
                LocalDate to = min(m.atEndOfMonth(), member.coverEnd());
                if (to.isBefore(from)) {
                    continue;
                }
                int coveredDays = (int) ChronoUnit.DAYS.between(from, to) + 1;
                double share = coveredDays / (double) m.lengthOfMonth();
                for (Type type : Type.values()) {
                    int count = poisson(rate(type) * share, random);
                    for (int c = 0; c < count; c++) {
                        book.claims.add(claim(++claimId, member.id(), type, from.plusDays(random.nextInt(coveredDays)), random));
                    }
                }
                int catastrophic = poisson(0.00004 * share, random);
                for (int c = 0; c < catastrophic; c++) {
                    LocalDate service = from.plusDays(random.nextInt(coveredDays));
                    BigDecimal amount = money(60_000 + random.nextDouble() * 90_000);
                    book.claims.add(lifecycle(++claimId, member.id(), Type.INPATIENT, service, 10 + random.nextInt(40), 25, amount, random));
                }
            }
        }
        return book;
    }

    /**
     * What a member-month of this book is expected to cost in the end, as a plan priced on it would know it: each
     * type's rate × its mean amount, and the catastrophic claims', for claims neither rejected (4 %) nor reversed
     * (1 % of those paid).
     */
    static BigDecimal expectedCostPerMemberMonth() {
        double gross = 0;
        for (Type type : Type.values()) {
            gross += rate(type) * switch (type) {
                case INPATIENT -> 4500;
                case OUTPATIENT_SERIOUS -> 1200;
                case SERIOUS_ILLNESS -> 20000;
            };
        }
        gross += 0.00004 * 105_000;
        return BigDecimal.valueOf(gross * 0.96 * 0.99);
    }

    private static Member newMember(long id, LocalDate start, LocalDate end, SplittableRandom random) {
        return new Member(id, random.nextBoolean() ? 'F' : 'M', LocalDate.of(1965 + random.nextInt(40), 1 + random.nextInt(12),
                1 + random.nextInt(28)), start, end);
    }

    private static double rate(Type type) {
        return switch (type) {
            case INPATIENT -> 0.009;
            case OUTPATIENT_SERIOUS -> 0.02;
            case SERIOUS_ILLNESS -> 0.0004;
        };
    }

    private static Claim claim(long id, long memberId, Type type, LocalDate service, SplittableRandom random) {
        return switch (type) {
            case INPATIENT -> lifecycle(id, memberId, type, service, 1 + random.nextInt(20), 25, lognormal(4500, 1.0, random), random);
            case OUTPATIENT_SERIOUS -> lifecycle(id, memberId, type, service, 0, 20, lognormal(1200, 0.7, random), random);
            case SERIOUS_ILLNESS -> lifecycle(id, memberId, type, service, 0, 45, new BigDecimal("20000.00"), random);
        };
    }

    private static Claim lifecycle(long id, long memberId, Type type, LocalDate service, int days, double meanDelay, BigDecimal amount,
                                   SplittableRandom random) {
        long delay = days + Math.round(-meanDelay * Math.log(1 - random.nextDouble()));
        if (random.nextDouble() < 0.04) {
            delay += 60 + random.nextInt(341);
        }
        LocalDate received = service.plusDays(delay);
        LocalDate assessed = received.plusDays(2 + random.nextInt(19));
        boolean rejected = random.nextDouble() < 0.04;
        LocalDate paid = rejected ? null : assessed.plusDays(7 + random.nextInt(29));
        LocalDate reversed = paid != null && random.nextDouble() < 0.01 ? paid.plusDays(30 + random.nextInt(151)) : null;
        return new Claim(id, memberId, type, service, days, received, assessed, rejected, amount, paid, reversed);
    }

    private static BigDecimal lognormal(double mean, double cv, SplittableRandom random) {
        double sigma2 = Math.log(1 + cv * cv);
        double mu = Math.log(mean) - sigma2 / 2;
        return money(Math.exp(mu + Math.sqrt(sigma2) * gaussian(random)));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static int poisson(double mean, SplittableRandom random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    // ------------------------------------------------------------------ as at a valuation date

    /** The true ultimate by month of service. */
    Map<YearMonth, BigDecimal> trueUltimate() {
        Map<YearMonth, BigDecimal> result = new TreeMap<>();
        for (Claim claim : claims) {
            result.merge(YearMonth.from(claim.service()), claim.ultimate(), BigDecimal::add);
        }
        return result;
    }

    /** Member-days of cover in a month / days of the month, as the reader computes it. */
    Map<YearMonth, BigDecimal> memberMonths(YearMonth from, YearMonth to) {
        Map<YearMonth, BigDecimal> result = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            long days = 0;
            for (Member member : members) {
                LocalDate start = max(m.atDay(1), member.coverStart());
                LocalDate end = min(m.atEndOfMonth(), member.coverEnd());
                if (!end.isBefore(start)) {
                    days += ChronoUnit.DAYS.between(start, end) + 1;
                }
            }
            if (days > 0) {
                result.put(m, BigDecimal.valueOf(days).divide(BigDecimal.valueOf(m.lengthOfMonth()), 10, RoundingMode.HALF_UP));
            }
        }
        return result;
    }

    /** What the reader reads as at the end of the valuation month: claims valued at E, large ones apart. */
    ReservingData at(YearMonth valuation, int triangleMonths, int projectionMonths, BigDecimal threshold) {
        LocalDate end = valuation.atEndOfMonth();
        YearMonth oldest = valuation.minusMonths(triangleMonths - 1L);
        Map<String, Object[]> cells = new HashMap<>();
        List<ReservingData.LargeClaimValue> large = new ArrayList<>();
        for (Claim claim : claims) {
            YearMonth origin = YearMonth.from(claim.service());
            if (origin.isBefore(oldest) || origin.isAfter(valuation) || !claim.receivedBy(end)) {
                continue;
            }
            int lag = (int) ChronoUnit.MONTHS.between(origin, YearMonth.from(claim.received()));
            String type = claim.type().name();
            if (claim.reversedBy(end)) {
                // its value where it was reported, taken back where it was reversed: the triangle's net basis
                if (claim.amount().compareTo(threshold) <= 0) {
                    add(cells, origin, lag, type, claim.amount(), 1);
                    add(cells, origin, (int) ChronoUnit.MONTHS.between(origin, YearMonth.from(claim.reversed())), type, claim.amount(), -1);
                }
                continue;
            }
            if (!claim.countsAt(end)) {
                continue;
            }
            boolean assessed = claim.assessedBy(end);
            if (assessed && claim.amount().compareTo(threshold) > 0) {
                large.add(new ReservingData.LargeClaimValue(claim.id(), origin, lag, claim.amount(),
                        claim.paidBy(end) ? claim.amount() : BigDecimal.ZERO));
            } else if (assessed) {
                add(cells, origin, lag, type, claim.amount(), 1);
            } else {
                cell(cells, origin, lag, type)[5] = (Long) cell(cells, origin, lag, type)[5] + 1;
            }
        }
        List<ReservingData.Cell> list = new ArrayList<>();
        for (Object[] c : cells.values()) {
            list.add(new ReservingData.Cell((YearMonth) c[0], (Integer) c[1], (String) c[6], (BigDecimal) c[2], (Long) c[3], (BigDecimal) c[4], (Long) c[5]));
        }
        return new ReservingData(valuation, triangleMonths, projectionMonths, memberMonths(oldest, valuation), list, large);
    }

    private static Object[] cell(Map<String, Object[]> cells, YearMonth origin, int lag, String type) {
        return cells.computeIfAbsent(origin + "|" + lag + "|" + type, k -> new Object[] {origin, lag, BigDecimal.ZERO, 0L, BigDecimal.ZERO, 0L, type});
    }

    /** An assessed claim's value (sign +1) or its reversal (sign −1) in its cell. */
    private static void add(Map<String, Object[]> cells, YearMonth origin, int lag, String type, BigDecimal amount, int sign) {
        Object[] cell = cell(cells, origin, lag, type);
        BigDecimal signed = sign > 0 ? amount : amount.negate();
        cell[2] = ((BigDecimal) cell[2]).add(signed);
        cell[3] = (Long) cell[3] + sign;
        cell[4] = ((BigDecimal) cell[4]).add(signed.multiply(amount));
    }

    /** The value at E of the claims known at E (assessed, large ones included), over all months of service up to the valuation month. */
    BigDecimal knownAt(YearMonth valuation) {
        LocalDate end = valuation.atEndOfMonth();
        BigDecimal known = BigDecimal.ZERO;
        for (Claim claim : claims) {
            if (!YearMonth.from(claim.service()).isAfter(valuation) && claim.countsAt(end) && claim.assessedBy(end)) {
                known = known.add(claim.amount());
            }
        }
        return known;
    }

    /** The true ultimate of all months of service up to the valuation month. */
    BigDecimal trueUltimateTo(YearMonth valuation) {
        return trueUltimate().entrySet().stream().filter(e -> !e.getKey().isAfter(valuation)).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
