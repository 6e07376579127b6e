package org.huzhu.insurance.premium.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillStatusTest {

    @ParameterizedTest
    @CsvSource({"195.00, 0.00, UNPAID", "195.00, 100.00, PARTIALLY_PAID", "195.00, 195.00, PAID", "0.00, 0.00, PAID"})
    void aBillIsPaidOnlyWhenItsWholeTotalIsReceived(String total, String paid, BillStatus expected) {
        assertEquals(expected, BillStatus.of(new BigDecimal(total), new BigDecimal(paid)));
        assertEquals(expected, new BillBalance("1", "U", java.time.LocalDate.of(2026, 7, 1), new BigDecimal(total), new BigDecimal(paid)).status());
    }

    @Test
    void onlyUnpaidAndPartlyPaidBillsCanLapse() {
        assertTrue(BillStatus.UNPAID.open() && BillStatus.PARTIALLY_PAID.open());
        assertFalse(BillStatus.PAID.open() || BillStatus.LAPSED.open());
    }

    @Test
    void theCodeKnowsExactlyTheStatusesTheDatabaseAllows() throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/insurance/V5__premium_accounting.sql"), StandardCharsets.UTF_8);
        Matcher check = Pattern.compile("bill_status_known check \\(status in \\(([^)]*)\\)\\)").matcher(sql);
        assertTrue(check.find());
        assertEquals(Arrays.stream(BillStatus.values()).map(s -> "'" + s.name() + "'").toList(),
                Arrays.stream(check.group(1).split(",")).map(String::trim).toList());
    }
}
