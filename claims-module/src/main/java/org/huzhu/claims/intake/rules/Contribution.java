package org.huzhu.claims.intake.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.insurance.api.rules.LumpSumBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;

/**
 * What one approved claim adds to the member's history in its plan year, per benefit: the in-scope self-pay
 * counted towards deductible and bands, the benefit paid (exact, for caps), allowance days, and the
 * early-stage and main lump sums. The history of a claim is the sum of the other approved claims' rows.
 */
public record Contribution(String benefit, String capGroup, BigDecimal inScope, BigDecimal paid, int days,
                           BigDecimal earlyStage, BigDecimal mainSum) {

    /** The contributions of an assessment (none when the claim is refused as a whole). */
    public static List<Contribution> of(Assessment assessment, PlanRules rules, Optional<SettlementSheet> sheet) {
        Map<String, Contribution> byBenefit = new LinkedHashMap<>();
        for (AssessmentLine line : assessment.lines()) {
            if (line.benefit().isEmpty()) {
                continue;
            }
            Optional<BenefitRule> rule = rules.benefit(line.benefit());
            Contribution c = byBenefit.computeIfAbsent(line.benefit(), code -> {
                BenefitRule benefit = rule.orElse(null);
                boolean reimbursement = benefit instanceof ReimbursementBenefit;
                return new Contribution(code, reimbursement ? ((ReimbursementBenefit) benefit).capGroup().orElse(null) : null,
                        reimbursement ? sheet.map(SettlementSheet::inScopeSelfPay).orElse(BigDecimal.ZERO) : BigDecimal.ZERO,
                        BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO);
            });
            int days = c.days;
            BigDecimal early = c.earlyStage;
            BigDecimal main = c.mainSum;
            switch (line.step()) {
                case DAILY_ALLOWANCE -> days += line.base().intValue();
                case LUMP_SUM -> {
                    boolean earlyStage = rule.filter(LumpSumBenefit.class::isInstance).map(LumpSumBenefit.class::cast)
                            .flatMap(lumpSum -> lumpSum.diseaseClass(line.rule()))
                            .map(diseaseClass -> diseaseClass.stage() == DiseaseStage.EARLY).orElse(false);
                    if (earlyStage) {
                        early = early.add(line.amount());
                    } else {
                        main = main.add(line.amount());
                    }
                }
                default -> {
                }
            }
            byBenefit.put(line.benefit(), new Contribution(c.benefit, c.capGroup, c.inScope, c.paid.add(line.amount()), days, early, main));
        }
        return new ArrayList<>(byBenefit.values());
    }

    /** The member's history made of these contributions. */
    public static MemberHistory history(Collection<Contribution> contributions) {
        Map<String, BigDecimal> inScope = new HashMap<>();
        Map<String, BigDecimal> paid = new HashMap<>();
        Map<String, BigDecimal> group = new HashMap<>();
        Map<String, Integer> days = new HashMap<>();
        Map<String, BigDecimal> early = new HashMap<>();
        Map<String, BigDecimal> main = new HashMap<>();
        for (Contribution c : contributions) {
            inScope.merge(c.benefit, c.inScope, BigDecimal::add);
            paid.merge(c.benefit, c.paid, BigDecimal::add);
            if (c.capGroup != null) {
                group.merge(c.capGroup, c.paid, BigDecimal::add);
            }
            days.merge(c.benefit, c.days, Integer::sum);
            early.merge(c.benefit, c.earlyStage, BigDecimal::add);
            main.merge(c.benefit, c.mainSum, BigDecimal::add);
        }
        return new MemberHistory(inScope, paid, group, days, early, main);
    }
}
