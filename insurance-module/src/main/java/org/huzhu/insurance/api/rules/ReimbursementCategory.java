package org.huzhu.insurance.api.rules;

/** Kinds of care whose in-scope self-pay a reimbursement benefit pays part of. */
public enum ReimbursementCategory {
    /** 住院. */
    INPATIENT,
    /** 门诊大病: dialysis, cancer radio/chemotherapy, anti-rejection drugs after transplant. */
    OUTPATIENT_SERIOUS,
    /** 家庭病床. */
    HOME_SICKBED
}
