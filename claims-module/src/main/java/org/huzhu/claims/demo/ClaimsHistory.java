package org.huzhu.claims.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.intake.rules.RejectReason;

/**
 * The claims of evaluation mode's demo history, planned from a seed (the same seed and day, the same history): what
 * happened to whom, when it was filed and what became of it. Nothing here touches the database; {@link ClaimsDemoData}
 * files and decides the claims through the claims module's own code at the planned times.
 *
 * <p>Parameters after the reports module's district union book, scaled to the demo's few hundred members so that the
 * plans' loss ratios come out within sight of what mutual-aid plans see (about 150 to 200 % over a year here, with the
 * seeded premiums of 45 to 65 yuan a year; fewer claims would leave the triangle nearly empty): stays of the working
 * plan about 3 a month (some 14 % of the working members a year), the retirees' stays, outpatient serious-illness and
 * home sick-bed claims about 2, a serious-illness lump sum every fourth month; more in winter. A stay costs some 4,000 yuan in the middle, of which basic insurance pays 55 to 75 % (retirees 75 to 90 %).
 * A stay lasts 2 to 30 days (a catastrophic one at least 12); a claim is received 2 to 30 days after the service ends for three in four, one to three
 * months after for most others, and late (three to ten months) for one in twenty-five. One stay in fifty is
 * catastrophic (60,000 to 150,000 yuan in all), which the plan's cap holds to 15,000 and which needs a second review.
 * Decisions come 1 to 10 days after receipt: most are approved, one in fifteen waits for documents first, one in
 * twenty-five is rejected (missing documents, a duplicate, a diagnosis not confirmed), one in a hundred is withdrawn.
 * A claim not yet received by the day before today is not in the history (it is what the reserving estimates).</p>
 */
final class ClaimsHistory {

    /** A member who may claim under a plan. */
    record Claimant(long memberId, String residentId, String unitCode) {
    }

    /** A plan's claimants, the first day of service the history has for it, and its average number of claims a month. */
    record Book(String planCode, List<Claimant> claimants, LocalDate claimsFrom, double claimsPerMonth) {
    }

    /** Stays of the working plan's members, a month on average (more in winter). */
    static final double WORKING_STAYS_A_MONTH = 3;
    /** Serious-illness lump sums of the working members, a month on average. */
    static final double SERIOUS_ILLNESSES_A_MONTH = 0.25;
    /** The retirees' stays, outpatient serious-illness and home sick-bed claims, a month on average. */
    static final double RETIREE_CLAIMS_A_MONTH = 2;

    enum Fate { APPROVE, PEND_THEN_APPROVE, REJECT, WITHDRAW }

    /** One claim of the history: the form, who files it when, and its fate. */
    record Planned(int number, Claimant claimant, String planCode, ClaimType type, LocalDate service, LocalDate end, int days,
                   String hospital, String icd10, String diseaseClass, BigDecimal total, BigDecimal basic, BigDecimal inScope,
                   BigDecimal outOfScope, LocalDate received, LocalDateTime filedAt, String filedBy, Fate fate, RejectReason reason,
                   LocalDateTime decidedAt, int documentsDays, int secondReviewDays, int appealAfterDays) {

        ClaimRequests.NewClaim form() {
            boolean stay = type == ClaimType.INPATIENT;
            List<String> invoices = type.category().isPresent() ? List.of(String.format("DEMO-%s-%05d", service.toString().substring(0, 7), number))
                    : List.of();
            return new ClaimRequests.NewClaim(claimant.residentId(), planCode, type, service, stay ? end : null, stay ? days : null, hospital,
                    null, icd10, diseaseClass, total, basic, inScope, outOfScope, invoices, received, null);
        }
    }

    static final String[] HOSPITALS = {"复旦大学附属中山医院", "上海交通大学医学院附属仁济医院", "上海市第一人民医院", "上海市浦东医院",
            "上海市东方医院", "复旦大学附属华山医院", "上海市第七人民医院", "上海交通大学医学院附属瑞金医院", "上海市浦东新区人民医院"};
    /** Diagnoses of stays: appendicitis, pneumonia, cerebral infarction, gallstones, femur fracture, angina, diabetes, kidney stone, knee arthrosis, lumbar disc. */
    static final String[] STAY_DIAGNOSES = {"K35.8", "J18.9", "I63.9", "K80.2", "S72.0", "I20.0", "E11.9", "N20.0", "M17.9", "M51.2"};
    /** Outpatient serious conditions of retirees: chronic kidney disease (dialysis), cancer treatment, diabetes with complications. */
    static final String[] OUTPATIENT_DIAGNOSES = {"N18.5", "C34.9", "E11.2", "I50.0"};
    /** Serious-illness diagnoses that lie in one main class only. */
    static final String[][] SERIOUS = {{"MALIGNANT_TUMOUR", "C50.9"}, {"MALIGNANT_TUMOUR", "C34.1"}, {"MALIGNANT_TUMOUR", "C16.9"},
            {"ACUTE_MYOCARDIAL_INFARCTION", "I21.9"}, {"STROKE_SEQUELAE", "I69.3"}, {"END_STAGE_RENAL_DISEASE", "N18.5"}};
    private static final RejectReason[] REJECTIONS = {RejectReason.DOCUMENTS_MISSING, RejectReason.DUPLICATE_CLAIM,
            RejectReason.DIAGNOSIS_NOT_CONFIRMED, RejectReason.DOCUMENTS_MISSING};

    private ClaimsHistory() {
    }

    /**
     * The claims with service from each book's first day to today, received by the day before today, in order of their
     * filing; the first decision of each comes before today's start, so nothing is left waiting for a first review.
     */
    static List<Planned> plan(List<Book> books, LocalDate today, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate lastReceipt = today.minusDays(1);
        List<Planned> planned = new ArrayList<>();
        Set<Long> seriouslyIll = new HashSet<>();
        int number = 0;
        for (Book book : books) {
            if (book.claimants().isEmpty()) {
                continue;
            }
            for (YearMonth month = YearMonth.from(book.claimsFrom()); !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
                double winter = month.getMonthValue() == 12 || month.getMonthValue() <= 2 ? 1.2 : 1.0;
                int count = poisson(random, book.claimsPerMonth() * winter);
                for (int i = 0; i < count; i++) {
                    LocalDate service = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                    if (service.isBefore(book.claimsFrom())) {
                        continue;
                    }
                    Claimant claimant = book.claimants().get(random.nextInt(book.claimants().size()));
                    ClaimType type = type(book.planCode(), random);
                    if (type == ClaimType.SERIOUS_ILLNESS && !seriouslyIll.add(claimant.memberId())) {
                        continue; // a lump sum once: another member falls ill
                    }
                    Planned claim = claim(++number, claimant, book.planCode(), type, service, random);
                    if (claim != null && !claim.received().isAfter(lastReceipt)) {
                        planned.add(decidedBefore(claim, today));
                    }
                }
            }
        }
        planned.sort(Comparator.comparing(Planned::filedAt).thenComparing(Planned::number));
        return planned;
    }

    private static ClaimType type(String planCode, SplittableRandom random) {
        return switch (planCode) {
            case "SERIOUS_ILLNESS" -> ClaimType.SERIOUS_ILLNESS;
            case "RETIREE_INPATIENT" -> {
                int draw = random.nextInt(100);
                yield draw < 55 ? ClaimType.INPATIENT : draw < 88 ? ClaimType.OUTPATIENT_SERIOUS : ClaimType.HOME_SICKBED;
            }
            default -> ClaimType.INPATIENT;
        };
    }

    private static Planned claim(int number, Claimant claimant, String planCode, ClaimType type, LocalDate service, SplittableRandom random) {
        LocalDate end = service;
        int days = 0;
        BigDecimal total = null;
        BigDecimal basic = null;
        BigDecimal inScope = null;
        BigDecimal outOfScope = null;
        String icd10;
        String diseaseClass = null;
        String hospital = HOSPITALS[random.nextInt(HOSPITALS.length)];
        boolean retiree = planCode.equals("RETIREE_INPATIENT");
        switch (type) {
            case INPATIENT -> {
                boolean catastrophic = random.nextInt(50) == 0;
                days = catastrophic ? 12 + random.nextInt(19) : Math.min(30, 2 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 5));
                end = service.plusDays(days - 1L);
                double cost = catastrophic ? 60_000 + random.nextDouble() * 90_000 : Math.exp(Math.log(4_000) + 0.7 * gaussian(random));
                total = yuan(Math.max(800, cost));
                double basicShare = retiree ? 0.75 + random.nextDouble() * 0.15 : 0.55 + random.nextDouble() * 0.20;
                basic = yuan(total.doubleValue() * basicShare);
                outOfScope = yuan(total.doubleValue() * (0.04 + random.nextDouble() * 0.08));
                inScope = total.subtract(basic).subtract(outOfScope);
                icd10 = STAY_DIAGNOSES[random.nextInt(STAY_DIAGNOSES.length)];
            }
            case OUTPATIENT_SERIOUS, HOME_SICKBED -> {
                total = yuan(type == ClaimType.HOME_SICKBED ? 1_000 + random.nextDouble() * 3_000 : 500 + random.nextDouble() * 2_500);
                basic = yuan(total.doubleValue() * (0.65 + random.nextDouble() * 0.15));
                outOfScope = yuan(total.doubleValue() * random.nextDouble() * 0.05);
                inScope = total.subtract(basic).subtract(outOfScope);
                icd10 = type == ClaimType.HOME_SICKBED ? "I69.3" : OUTPATIENT_DIAGNOSES[random.nextInt(OUTPATIENT_DIAGNOSES.length)];
            }
            case SERIOUS_ILLNESS -> {
                String[] serious = SERIOUS[random.nextInt(SERIOUS.length)];
                diseaseClass = serious[0];
                icd10 = serious[1];
            }
            default -> {
                return null;
            }
        }
        LocalDate received = end.plusDays(reportLagDays(type, random));
        String filedBy = claimant.unitCode().equals("PD-0001") && random.nextInt(10) < 3 ? "agent" : "officer";
        LocalDateTime filedAt = received.atTime(9 + random.nextInt(8), random.nextInt(60));
        int fateDraw = random.nextInt(100);
        Fate fate = fateDraw < 4 ? Fate.REJECT : fateDraw < 5 ? Fate.WITHDRAW : fateDraw < 12 ? Fate.PEND_THEN_APPROVE : Fate.APPROVE;
        RejectReason reason = fate == Fate.REJECT ? REJECTIONS[random.nextInt(REJECTIONS.length)] : null;
        LocalDateTime decidedAt = received.plusDays(1 + random.nextInt(10)).atTime(10 + random.nextInt(7), random.nextInt(60));
        return new Planned(number, claimant, planCode, type, service, end, days, hospital, icd10, diseaseClass, total, basic, inScope,
                outOfScope, received, filedAt, filedBy, fate, reason, decidedAt, 7 + random.nextInt(20), 1 + random.nextInt(5),
                fate == Fate.REJECT && reason == RejectReason.DOCUMENTS_MISSING && random.nextInt(3) == 0 ? 10 + random.nextInt(30) : 0);
    }

    /**
     * Days from the end of the service to the claim's receipt: for three in four 2 to 30, for most others one to three
     * months, for one in twenty-five three to ten months (lump sums a little later: the diagnosis certificate takes time).
     */
    static int reportLagDays(ClaimType type, SplittableRandom random) {
        int draw = random.nextInt(100);
        int lag = draw < 75 ? 2 + random.nextInt(29) : draw < 96 ? 31 + random.nextInt(60) : 91 + random.nextInt(210);
        return type == ClaimType.SERIOUS_ILLNESS ? lag + 10 : lag;
    }

    /** The first decision no later than the day before today (at four in the afternoon), and after the filing. */
    private static Planned decidedBefore(Planned claim, LocalDate today) {
        LocalDateTime latest = today.minusDays(1).atTime(16, 30);
        LocalDateTime decided = claim.decidedAt().isAfter(latest) ? latest : claim.decidedAt();
        if (!decided.isAfter(claim.filedAt())) {
            decided = claim.filedAt().plusMinutes(30);
        }
        return new Planned(claim.number(), claim.claimant(), claim.planCode(), claim.type(), claim.service(), claim.end(), claim.days(),
                claim.hospital(), claim.icd10(), claim.diseaseClass(), claim.total(), claim.basic(), claim.inScope(), claim.outOfScope(),
                claim.received(), claim.filedAt(), claim.filedBy(), claim.fate(), claim.reason(), decided, claim.documentsDays(),
                claim.secondReviewDays(), claim.appealAfterDays());
    }

    private static BigDecimal yuan(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
