package org.huzhu.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BulkInsertTest {

    enum Status { IN_SERVICE }

    private static String line(Object... values) {
        StringBuilder text = new StringBuilder();
        BulkInsert.csvLine(text, values);
        return text.toString();
    }

    @Test
    void null_is_an_unquoted_empty_field_and_an_empty_string_a_quoted_one() {
        assertEquals(",\"\",\n", line(null, "", null));
    }

    @Test
    void text_is_quoted_with_doubled_quotes_so_commas_quotes_and_line_breaks_survive() {
        assertEquals("\"张三, \"\"小张\"\"\nline\"\n", line("张三, \"小张\"\nline"));
    }

    @Test
    void numbers_dates_flags_and_enums_are_written_as_postgresql_reads_them() {
        assertEquals("42,1234.50,2026-11-01,t,f,\"IN_SERVICE\"\n",
                line(42L, new BigDecimal("1234.50"), LocalDate.of(2026, 11, 1), true, false, Status.IN_SERVICE));
    }

    @Test
    void big_decimals_never_use_exponent_notation() {
        assertEquals("0.00000001,1000000\n", line(new BigDecimal("1E-8"), new BigDecimal("1E+6")));
    }
}
