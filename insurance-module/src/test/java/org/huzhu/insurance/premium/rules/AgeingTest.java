package org.huzhu.insurance.premium.rules;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.premium.AgeBucket;
import org.huzhu.insurance.api.premium.AgeingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeingTest {

    private static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);

    private static BillBalance bill(String id, LocalDate issued, String total, String paid) {
        return new BillBalance(id, "U1", issued, yuan(total), yuan(paid));
    }

    @ParameterizedTest(name = "issued {0}: {1}")
    @CsvSource({
            "2016-12-31, DAYS_0_30",
            "2016-12-01, DAYS_0_30",
            "2016-11-30, DAYS_31_90",
            "2016-10-02, DAYS_31_90",
            "2016-10-01, OVER_90",
            "2015-01-01, OVER_90",
    })
    void anUnpaidBalanceAgesByDaysSinceItsBillWasIssued(LocalDate issued, AgeBucket bucket) {
        AgeingReport report = Ageing.of(List.of(bill("B", issued, "65.00", "0")), AS_OF);
        assertEquals(yuan("65.00"), report.bucket(bucket));
        assertEquals(yuan("65.00"), report.total());
    }

    @Test
    void onlyTheOutstandingPartOfOpenBillsIssuedByTheDateCounts() {
        AgeingReport report = Ageing.of(List.of(
                bill("PARTIAL", LocalDate.of(2016, 12, 20), "100.00", "40.00"),
                bill("OLD", LocalDate.of(2016, 6, 1), "30.00", "0"),
                bill("OLDER", LocalDate.of(2016, 5, 1), "20.50", "0"),
                bill("PAID", LocalDate.of(2016, 5, 1), "99.00", "99.00"),
                bill("LATER", LocalDate.of(2017, 1, 1), "10.00", "0")), AS_OF);
        assertEquals(yuan("60.00"), report.bucket(AgeBucket.DAYS_0_30));
        assertEquals(yuan("0.00"), report.bucket(AgeBucket.DAYS_31_90));
        assertEquals(yuan("50.50"), report.bucket(AgeBucket.OVER_90));
        assertEquals(new BigDecimal("110.50"), report.total());
    }
}
