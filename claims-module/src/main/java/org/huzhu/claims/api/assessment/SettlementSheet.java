package org.huzhu.claims.api.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The hospital's settlement sheet (医保结算单), in yuan: total cost, what the basic insurance paid, the
 * member's self-pay within the basic insurance's scope (医保范围内个人自付) and wholly outside it (自费).
 */
public record SettlementSheet(BigDecimal totalCost, BigDecimal basicInsurancePaid, BigDecimal inScopeSelfPay,
                              BigDecimal outOfScopeSelfPay) {

    public SettlementSheet {
        for (BigDecimal amount : new BigDecimal[] {totalCost, basicInsurancePaid, inScopeSelfPay, outOfScopeSelfPay}) {
            Objects.requireNonNull(amount, "settlement sheet amount");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("Settlement sheet amounts cannot be negative: " + amount);
            }
        }
    }

    public static SettlementSheet of(String totalCost, String basicInsurancePaid, String inScopeSelfPay,
                                     String outOfScopeSelfPay) {
        return new SettlementSheet(new BigDecimal(totalCost), new BigDecimal(basicInsurancePaid),
                new BigDecimal(inScopeSelfPay), new BigDecimal(outOfScopeSelfPay));
    }
}
