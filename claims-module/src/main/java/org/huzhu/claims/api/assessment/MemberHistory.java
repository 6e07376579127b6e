package org.huzhu.claims.api.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * What the member already had from the same plan version before this claim, keyed by benefit or cap-group
 * code. Reimbursement, allowance and death entries count within the plan year the claim falls in; lump-sum
 * entries count within the cycle. Absent entries are zero.
 *
 * @param inScopeSelfPay  in-scope self-pay accumulated per reimbursement benefit (counted towards deductible and bands)
 * @param paidByBenefit   benefits already paid per benefit code
 * @param paidByCapGroup  benefits already paid per cap group code (the caller sums the group's benefits)
 * @param allowanceDays   days already paid per daily-allowance benefit
 * @param earlyStagePaid  early-stage lump sums already paid per lump-sum benefit
 * @param mainPaid        main lump sums already paid per lump-sum benefit
 */
public record MemberHistory(Map<String, BigDecimal> inScopeSelfPay, Map<String, BigDecimal> paidByBenefit,
                            Map<String, BigDecimal> paidByCapGroup, Map<String, Integer> allowanceDays,
                            Map<String, BigDecimal> earlyStagePaid, Map<String, BigDecimal> mainPaid) {

    public static final MemberHistory NONE = new MemberHistory(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public MemberHistory {
        inScopeSelfPay = Map.copyOf(inScopeSelfPay);
        paidByBenefit = Map.copyOf(paidByBenefit);
        paidByCapGroup = Map.copyOf(paidByCapGroup);
        allowanceDays = Map.copyOf(allowanceDays);
        earlyStagePaid = Map.copyOf(earlyStagePaid);
        mainPaid = Map.copyOf(mainPaid);
    }

    public BigDecimal inScopeSelfPayOf(String benefit) {
        return inScopeSelfPay.getOrDefault(benefit, BigDecimal.ZERO);
    }

    public BigDecimal paidFor(String benefit) {
        return paidByBenefit.getOrDefault(benefit, BigDecimal.ZERO);
    }

    public BigDecimal paidInCapGroup(String capGroup) {
        return paidByCapGroup.getOrDefault(capGroup, BigDecimal.ZERO);
    }

    public int allowanceDaysOf(String benefit) {
        return allowanceDays.getOrDefault(benefit, 0);
    }

    public BigDecimal earlyStagePaidFor(String benefit) {
        return earlyStagePaid.getOrDefault(benefit, BigDecimal.ZERO);
    }

    public BigDecimal mainPaidFor(String benefit) {
        return mainPaid.getOrDefault(benefit, BigDecimal.ZERO);
    }

    // ---- building a history: each call adds to what is there ----

    public MemberHistory withInScopeSelfPay(String benefit, String yuan) {
        return new MemberHistory(add(inScopeSelfPay, benefit, new BigDecimal(yuan), BigDecimal::add), paidByBenefit,
                paidByCapGroup, allowanceDays, earlyStagePaid, mainPaid);
    }

    public MemberHistory withPaid(String benefit, String yuan) {
        return new MemberHistory(inScopeSelfPay, add(paidByBenefit, benefit, new BigDecimal(yuan), BigDecimal::add),
                paidByCapGroup, allowanceDays, earlyStagePaid, mainPaid);
    }

    public MemberHistory withPaidInCapGroup(String capGroup, String yuan) {
        return new MemberHistory(inScopeSelfPay, paidByBenefit,
                add(paidByCapGroup, capGroup, new BigDecimal(yuan), BigDecimal::add), allowanceDays, earlyStagePaid,
                mainPaid);
    }

    public MemberHistory withAllowanceDays(String benefit, int days) {
        return new MemberHistory(inScopeSelfPay, paidByBenefit, paidByCapGroup,
                add(allowanceDays, benefit, days, Integer::sum), earlyStagePaid, mainPaid);
    }

    public MemberHistory withEarlyStagePaid(String benefit, String yuan) {
        return new MemberHistory(inScopeSelfPay, paidByBenefit, paidByCapGroup, allowanceDays,
                add(earlyStagePaid, benefit, new BigDecimal(yuan), BigDecimal::add), mainPaid);
    }

    public MemberHistory withMainPaid(String benefit, String yuan) {
        return new MemberHistory(inScopeSelfPay, paidByBenefit, paidByCapGroup, allowanceDays, earlyStagePaid,
                add(mainPaid, benefit, new BigDecimal(yuan), BigDecimal::add));
    }

    private static <V> Map<String, V> add(Map<String, V> map, String key, V value, BinaryOperator<V> sum) {
        Map<String, V> copy = new HashMap<>(map);
        copy.merge(key, value, sum);
        return copy;
    }
}
