package org.huzhu.insurance.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;

import org.huzhu.insurance.api.ledger.BenefitLedger;
import org.huzhu.platform.api.BusinessClock;

/** The benefit events the claims module reports, posted by the chart's recipes through the one journal. */
@ApplicationScoped
public class BenefitJournal implements BenefitLedger {

    @Inject
    BusinessClock clock;

    @Inject
    JournalStore journal;

    @Override
    public void benefitsPaid(long paymentBatchId, BigDecimal paid, String user) {
        PostingsChart.benefitsPaid(clock.today(), String.valueOf(paymentBatchId), paid)
                .ifPresent(entry -> journal.post(entry, null, null, user));
    }

    @Override
    public void paidClaimReversed(long claimId, BigDecimal paid, String user) {
        PostingsChart.benefitReversed(clock.today(), String.valueOf(claimId), paid)
                .ifPresent(entry -> journal.post(entry, null, null, user));
    }
}
