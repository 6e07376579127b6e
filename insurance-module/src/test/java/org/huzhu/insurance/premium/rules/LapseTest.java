package org.huzhu.insurance.premium.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.huzhu.insurance.api.rules.CoverRule;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.premium.rules.Lapse.Standing;
import org.huzhu.insurance.testing.RulesFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LapseTest {

    private static final LocalDate CONFIRMED = LocalDate.of(2016, 9, 10);

    @ParameterizedTest(name = "paid in full on {0}, asked on {1}: {2}")
    @CsvSource({
            // 15 days after 10 September is 25 September, the last day in time
            ",           2016-09-10, AWAITING_PAYMENT",
            ",           2016-09-25, AWAITING_PAYMENT",
            ",           2016-09-26, LAPSED",
            "2016-09-25, 2016-09-25, IN_FORCE",
            "2016-09-25, 2017-03-01, IN_FORCE",
            "2016-09-26, 2016-09-26, LAPSED",
            "2016-09-26, 2017-03-01, LAPSED",
            "2016-09-20, 2016-09-19, AWAITING_PAYMENT",
            "2016-09-20, 2016-09-20, IN_FORCE",
    })
    void anEnrolmentUnpaidFifteenDaysAfterConfirmationLapsesFromItsStart(LocalDate paidInFull, LocalDate on, Standing standing) {
        assertEquals(standing, Lapse.standing(RulesFixture.inpatient2016(), CONFIRMED, Optional.ofNullable(paidInFull), on));
    }

    @ParameterizedTest(name = "{0} payment days, asked on {1}: lapsed {2}")
    @CsvSource({"30, 2016-10-10, false", "30, 2016-10-11, true", "0, 2016-09-10, false", "0, 2016-09-11, true"})
    void theVersionsPaymentDaysSetTheDeadline(int days, LocalDate on, boolean lapsed) {
        PlanRules rules = RulesFixture.withCover(RulesFixture.inpatient2016(), new CoverRule(
                RulesFixture.inpatient2016().cover().midPeriodStart(), days, 0));
        assertEquals(lapsed, Lapse.lapsed(rules, CONFIRMED, Optional.empty(), on));
    }
}
