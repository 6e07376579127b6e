package org.huzhu.insurance.api.rules;

/** One benefit a version pays, named by a code unique within the version. */
public sealed interface BenefitRule permits LumpSumBenefit, ReimbursementBenefit, DailyAllowanceBenefit, DeathBenefit {

    String code();
}
