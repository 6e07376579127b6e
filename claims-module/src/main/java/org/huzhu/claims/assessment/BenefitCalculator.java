package org.huzhu.claims.assessment;

import java.util.List;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.PlanYear;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.insurance.api.rules.DailyAllowanceBenefit;
import org.huzhu.insurance.api.rules.DeathBenefit;
import org.huzhu.insurance.api.rules.DiseaseClass;
import org.huzhu.insurance.api.rules.LumpSumBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;
import org.huzhu.insurance.api.rules.ReimbursementCategory;

/**
 * Assesses one claim against the rules of a plan version.
 *
 * <p>The caller passes the version whose coverage period contains the claim's
 * {@linkplain ClaimFacts#accountingDate() accounting date} (discharge for a stay, else the event), the
 * member's enrolment that was in force on the {@linkplain ClaimFacts#coverDate() cover date} (admission for
 * a stay), and the member's history in the plan year containing the accounting date (for lump sums: the
 * cycle). So a stay admitted in June and discharged in July accumulates in the new plan year, while cover
 * and waiting period are judged on the admission date.</p>
 *
 * <p>The claim is refused as a whole when the enrolment is void (premium unpaid), there was no cover on
 * the cover date, the waiting period had not ended, or the claim came after the time limit: each reason is a line not
 * paid, as every refusal is. A serious-illness diagnosis is checked against the class's ICD-10 ranges
 * ({@link DiagnosisCheck}). Otherwise each
 * benefit of the version that pays this kind of claim adds explanation lines; the exact sum is rounded
 * half-up to the fen once, at the end.</p>
 */
public class BenefitCalculator {

    public Assessment assess(PlanRules rules, EnrolmentFacts enrolment, ClaimFacts claim, MemberHistory history) {
        if (enrolment.shares() > rules.maxShares()) {
            throw new IllegalArgumentException("The member holds " + enrolment.shares()
                    + " shares; the version allows at most " + rules.maxShares());
        }
        PlanYear year = PlanYear.containing(rules.period(), claim.accountingDate());
        if (claim.type() == ClaimType.SERIOUS_ILLNESS) {
            year = PlanYear.cycle(rules.period());
        }
        List<AssessmentReason> refusals = CoverCheck.refusals(rules, enrolment, claim);
        Ledger ledger = new Ledger();
        if (refusals.isEmpty()) {
            payBenefits(rules, enrolment.shares(), claim, history, ledger);
        }
        // every refusal has the same shape: a line not paid, saying why
        refusals.forEach(refusal -> ledger.notPaid("", claim.type().name(), refusal));
        return ledger.close(claim.type(), year, List.of());
    }

    private static void payBenefits(PlanRules rules, int shares, ClaimFacts claim, MemberHistory history,
                                    Ledger ledger) {
        switch (claim.type()) {
            case INPATIENT, OUTPATIENT_SERIOUS, HOME_SICKBED -> reimburse(rules, shares, claim, history, ledger);
            case SERIOUS_ILLNESS -> lumpSum(rules, shares, claim, history, ledger);
            case DEATH -> death(rules, shares, history, ledger);
        }
    }

    private static void reimburse(PlanRules rules, int shares, ClaimFacts claim, MemberHistory history,
                                  Ledger ledger) {
        ReimbursementCategory category = claim.type().category().orElseThrow();
        List<ReimbursementBenefit> reimbursements = ofType(rules, ReimbursementBenefit.class).stream()
                .filter(benefit -> benefit.categories().contains(category)).toList();
        List<DailyAllowanceBenefit> allowances = claim.type() == ClaimType.INPATIENT
                ? ofType(rules, DailyAllowanceBenefit.class) : List.of();
        if (reimbursements.isEmpty() && allowances.isEmpty()) {
            notInPlan(claim, ledger);
            return;
        }
        reimbursements.forEach(benefit -> ReimbursementAssessor.assess(benefit, rules, claim.sheet().orElseThrow(),
                shares, history, ledger));
        allowances.forEach(benefit -> DailyAllowanceAssessor.assess(benefit, claim.daysInHospital(), shares,
                history, ledger));
    }

    private static void lumpSum(PlanRules rules, int shares, ClaimFacts claim, MemberHistory history,
                                Ledger ledger) {
        List<LumpSumBenefit> lumpSums = ofType(rules, LumpSumBenefit.class);
        if (lumpSums.isEmpty()) {
            notInPlan(claim, ledger);
            return;
        }
        String classCode = claim.diseaseClass().orElseThrow();
        boolean listed = false;
        for (LumpSumBenefit benefit : lumpSums) {
            DiseaseClass diseaseClass = benefit.diseaseClass(classCode).orElse(null);
            if (diseaseClass != null) {
                listed = true;
                DiagnosisCheck.applied(benefit, diseaseClass, claim, ledger)
                        .ifPresent(applied -> LumpSumAssessor.assess(benefit, applied, shares, history, ledger));
            }
        }
        if (!listed) {
            ledger.notPaid(lumpSums.get(0).code(), classCode,
                    AssessmentReason.of(ReasonCode.NOT_COVERED, "diseaseClass", classCode));
        }
    }

    private static void death(PlanRules rules, int shares, MemberHistory history, Ledger ledger) {
        List<DeathBenefit> deaths = ofType(rules, DeathBenefit.class);
        deaths.forEach(benefit -> DeathBenefitAssessor.assess(benefit, shares, history, ledger));
        if (deaths.isEmpty()) {
            ledger.notPaid("", ClaimType.DEATH.name(),
                    AssessmentReason.of(ReasonCode.NOT_COVERED, "category", ClaimType.DEATH.name()));
        }
    }

    private static void notInPlan(ClaimFacts claim, Ledger ledger) {
        ledger.notPaid("", claim.type().name(),
                AssessmentReason.of(ReasonCode.NOT_COVERED, "category", claim.type().name()));
    }

    private static <T> List<T> ofType(PlanRules rules, Class<T> type) {
        return rules.benefits().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
