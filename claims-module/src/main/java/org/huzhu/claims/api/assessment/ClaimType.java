package org.huzhu.claims.api.assessment;

import java.util.Optional;

import org.huzhu.insurance.api.rules.ReimbursementCategory;

/** What a claim is for; decides which benefits of a version can pay it and which dates count. */
public enum ClaimType {
    /** 住院: a hospital stay from admission to discharge. */
    INPATIENT(ReimbursementCategory.INPATIENT),
    /** 门诊大病: outpatient treatment of a listed serious condition, on its service date. */
    OUTPATIENT_SERIOUS(ReimbursementCategory.OUTPATIENT_SERIOUS),
    /** 家庭病床: home sick-bed care, on its service date. */
    HOME_SICKBED(ReimbursementCategory.HOME_SICKBED),
    /** First diagnosis of a listed serious disease, on the diagnosis date. */
    SERIOUS_ILLNESS(null),
    /** The member's death, on the date of death. */
    DEATH(null);

    private final ReimbursementCategory category;

    ClaimType(ReimbursementCategory category) {
        this.category = category;
    }

    /** The reimbursement category paying this kind of claim, if it is paid by reimbursement. */
    public Optional<ReimbursementCategory> category() {
        return Optional.ofNullable(category);
    }
}
