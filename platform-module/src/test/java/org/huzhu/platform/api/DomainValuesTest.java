package org.huzhu.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class DomainValuesTest {

    @Test
    void datesAndMonthsLieWithinTheSchemesYears() {
        assertTrue(DomainValues.plausible(LocalDate.of(1900, 1, 1)));
        assertTrue(DomainValues.plausible(LocalDate.of(2199, 12, 31)));
        assertFalse(DomainValues.plausible(LocalDate.of(1, 1, 1)), "year 0001 came back as 0001-12-31 from the database");
        assertFalse(DomainValues.plausible(LocalDate.parse("+100000-01-01")));
        assertFalse(DomainValues.plausible(YearMonth.of(0, 1)), "an earning run for month 0000-01");
        assertTrue(DomainValues.plausible(YearMonth.of(2026, 11)));
    }

    @Test
    void amountsFitTheMoneyColumnsAndAreWholeFen() {
        assertTrue(DomainValues.isMoney(new BigDecimal("999999999999.99")));
        assertFalse(DomainValues.fitsMoney(new BigDecimal("1e30")), "a payment of 1e30 was a 500");
        assertFalse(DomainValues.fitsMoney(new BigDecimal("-1000000000000")));
        assertFalse(DomainValues.isMoney(new BigDecimal("0.001")));
        assertTrue(DomainValues.isMoney(new BigDecimal("12.500")));
    }

    @Test
    void namesHaveNoControlCharactersOrBidirectionalOverrides() {
        assertTrue(DomainValues.cleanLine("王建国 Wang-Jianguo·李"));
        assertFalse(DomainValues.cleanLine("a\u0000b"), "NUL, which PostgreSQL refuses in text");
        assertFalse(DomainValues.cleanLine("王\u202Egnp.exe"), "a right-to-left override");
        assertFalse(DomainValues.cleanLine("\u2066x\u2069"));
        assertFalse(DomainValues.cleanLine("two\nlines"));
        assertFalse(DomainValues.cleanLine("\uD800"), "half a surrogate pair");
        assertTrue(DomainValues.cleanLine("𠮷田"), "a whole pair is a character");
        assertTrue(DomainValues.cleanText("two\r\nlines\tand a tab"));
        assertFalse(DomainValues.cleanText("bell\u0007"));
    }
}
