package org.huzhu.claims.assessment;

import java.math.BigDecimal;

import org.huzhu.claims.api.assessment.Amounts;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.insurance.api.rules.DailyAllowanceBenefit;

/**
 * An amount per day in hospital per share. {@code maxDays} counts per member per plan year (as the rule's
 * own definition says), over all stays that accumulate in that year; days beyond it are not paid.
 */
final class DailyAllowanceAssessor {

    private DailyAllowanceAssessor() {
    }

    static void assess(DailyAllowanceBenefit benefit, int daysInHospital, int shares, MemberHistory history,
                       Ledger ledger) {
        int left = Math.max(0, benefit.maxDays() - history.allowanceDaysOf(benefit.code()));
        int days = Math.min(daysInHospital, left);
        BigDecimal amount = Ledger.times(benefit.amountPerDayPerShare(), shares).multiply(BigDecimal.valueOf(days));
        AssessmentReason reason = days < daysInHospital
                ? AssessmentReason.of(ReasonCode.CAP_REACHED, "days", daysInHospital - days, benefit.maxDays()) : null;
        ledger.add(benefit.code(), Step.DAILY_ALLOWANCE, Amounts.yuan(benefit.amountPerDayPerShare()),
                BigDecimal.valueOf(days), null, amount, BigDecimal.valueOf(left - days), reason);
    }
}
