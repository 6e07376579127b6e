package org.huzhu.claims.assessment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.rules.DiseaseClass;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.insurance.api.rules.LumpSumBenefit;

/**
 * The diagnosis code against the disease class claimed: a code outside the class's ICD-10 ranges is not paid under it;
 * a code that lies in a main and in an early-stage class of the benefit (prostate cancer C61, Hodgkin lymphoma C81, CLL
 * C91.1 inside malignant tumour C00-C97) is paid under the class the claim's stage (from the pathology report) points
 * to, and a line says which class applied and why.
 */
final class DiagnosisCheck {

    private DiagnosisCheck() {
    }

    /** The class the claim is paid under, or empty (with a line saying why) when it is paid under none. */
    static Optional<DiseaseClass> applied(LumpSumBenefit benefit, DiseaseClass claimed, ClaimFacts claim, Ledger ledger) {
        if (claim.icd10().isEmpty()) {
            return Optional.of(claimed);
        }
        String code = claim.icd10().get();
        if (!claimed.covers(code)) {
            ledger.notPaid(benefit.code(), claimed.code(),
                    AssessmentReason.of(ReasonCode.DIAGNOSIS_OUTSIDE_CLASS, (Object) claimed.code(), code, ranges(claimed)));
            return Optional.empty();
        }
        List<DiseaseClass> candidates = benefit.classesFor(code);
        Optional<DiseaseClass> early = candidates.stream().filter(c -> c.stage() == DiseaseStage.EARLY).findFirst();
        Optional<DiseaseClass> main = candidates.stream().filter(c -> c.stage() == DiseaseStage.MAIN).findFirst();
        if (early.isEmpty() || main.isEmpty()) {
            return Optional.of(claimed);
        }
        if (claim.stage().isEmpty()) {
            ledger.notPaid(benefit.code(), claimed.code(),
                    AssessmentReason.of(ReasonCode.STAGE_REQUIRED, (Object) code, early.get().code(), main.get().code()));
            return Optional.empty();
        }
        DiseaseStage stage = claim.stage().get();
        DiseaseClass applied = stage == DiseaseStage.EARLY ? early.get() : main.get();
        DiseaseClass other = stage == DiseaseStage.EARLY ? main.get() : early.get();
        ledger.note(benefit.code(), Step.CLASS_CHOICE, code + "|" + applied.code() + "|" + other.code() + "|" + stage);
        return Optional.of(applied);
    }

    /** The class's ranges as written in the rules: "C00-C97", or "D00-D09, D10". */
    static String ranges(DiseaseClass diseaseClass) {
        return diseaseClass.icd10().stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
