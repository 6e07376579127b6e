package org.huzhu.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void moneyHasThousandsSeparatorsAndTwoDecimals() {
        assertEquals("12,500.00", Formats.money(new BigDecimal("12500")));
        assertEquals("0.00", Formats.money(BigDecimal.ZERO));
        assertEquals("-1,234.57", Formats.money(new BigDecimal("-1234.567")));
        assertEquals("", Formats.money(null));
    }

    @Test
    void ratiosHaveAtLeastTwoDecimalsAndNoTrailingZerosBeyond() {
        assertEquals("0.90", Formats.ratioText(new BigDecimal("0.9000")));
        assertEquals("0.875", Formats.ratioText(new BigDecimal("0.8750")));
        assertEquals("1.00", Formats.ratioText(new BigDecimal("1")));
        assertEquals("", Formats.ratioText(null));
    }

    @Test
    void timesAreToTheMinute() {
        assertEquals("2026-12-07 09:41", Formats.minute(LocalDateTime.parse("2026-12-07T09:41:59.123456")));
    }

    @Test
    void amountsInSentencesAreGroupedButDatesDaysAndCodesAreNot() {
        assertEquals("住院医疗：年度限额 15,000.00 元，应付 2,500.00 元；本年度剩余额度 12,500.00 元。",
                Formats.grouped("住院医疗：年度限额 15000.00 元，应付 2500.00 元；本年度剩余额度 12500.00 元。"));
        assertEquals("住院医疗：1,000.00-10,000.00 元分段内 5,000.00 元 × 50% = 2,500.00 元。",
                Formats.grouped("住院医疗：1000.00-10000.00 元分段内 5000.00 元 × 50% = 2500.00 元。"));
        assertEquals("2026-03-31 在 3 个月的等待期内；C18.0；住院 1200 天；1,234.5675 元",
                Formats.grouped("2026-03-31 在 3 个月的等待期内；C18.0；住院 1200 天；1234.5675 元"));
    }
}
