package org.huzhu.claims.intake.rules;

import java.util.List;
import java.util.Optional;

import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.DiseaseClass;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.insurance.api.rules.LumpSumBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.RuleNames;
import org.huzhu.platform.api.InvalidInputException;
import org.huzhu.platform.api.Messages;

/**
 * A serious-illness claim whose diagnosis code lies in a main and in an early-stage class of the version (C61 in malignant
 * tumour and prostate cancer T1N0M0) must say the stage of its pathology report: without it the rules cannot choose.
 */
public final class Staging {

    private Staging() {
    }

    /** Refuses the form (field {@code stage}) when the rules need a stage the claim does not give. */
    public static void require(PlanRules rules, ClaimFacts facts) {
        if (facts.type() != ClaimType.SERIOUS_ILLNESS || facts.stage().isPresent() || facts.icd10().isEmpty()) {
            return;
        }
        String code = facts.icd10().get();
        for (BenefitRule benefit : rules.benefits()) {
            if (benefit instanceof LumpSumBenefit lumpSum) {
                List<DiseaseClass> classes = lumpSum.classesFor(code);
                Optional<DiseaseClass> early = classes.stream().filter(c -> c.stage() == DiseaseStage.EARLY).findFirst();
                Optional<DiseaseClass> main = classes.stream().filter(c -> c.stage() == DiseaseStage.MAIN).findFirst();
                if (early.isPresent() && main.isPresent()) {
                    throw new InvalidInputException(List.of(ClaimsProblem.field("stage", "claim.stage.required", code,
                            named(early.get()), named(main.get()))));
                }
            }
        }
    }

    private static Messages.Localised named(DiseaseClass diseaseClass) {
        return locale -> RuleNames.disease(diseaseClass.code(), locale);
    }
}
