package org.huzhu.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;

/** The JSON-B deserializers every API body goes through, on the value of {"v": ...}. */
class DomainJsonbTest {

    private static <T> T read(JsonbDeserializer<T> deserializer, String json) {
        JsonParser parser = Json.createParser(new StringReader("{\"v\":" + json + "}"));
        parser.next(); // start of object
        parser.next(); // key
        parser.next(); // the value
        return deserializer.deserialize(parser, null, Object.class);
    }

    private static String code(Runnable reading) {
        return assertThrows(DomainException.class, reading::run).code();
    }

    @Test
    void nullStaysNullForTextDatesMonthsAndAmounts() {
        assertNull(read(new DomainJsonb.Text(), "null"), "a unit without a parent sends \"parentCode\":null");
        assertNull(read(new DomainJsonb.Dates(), "null"));
        assertNull(read(new DomainJsonb.Months(), "null"));
        assertNull(read(new DomainJsonb.Amounts(), "null"));
    }

    @Test
    void textWithAControlCharacterOrBidirectionalOverrideIsA400ButLinesAreNotes() {
        assertEquals("问题\n第二行", read(new DomainJsonb.Text(), "\"问题\\n第二行\""));
        assertEquals("problem.value.text", code(() -> read(new DomainJsonb.Text(), "\"a\\u0000b\"")));
        assertEquals("problem.value.text", code(() -> read(new DomainJsonb.Text(), "\"王\\u202Egnp.exe\"")));
        assertThrows(JsonbException.class, () -> read(new DomainJsonb.Text(), "true"), "a flag where text belongs is unreadable, not a fault");
    }

    @Test
    void datesAndMonthsOutsideTheSchemesYearsAreA400() {
        assertEquals(LocalDate.of(2026, 7, 1), read(new DomainJsonb.Dates(), "\"2026-07-01\""));
        assertEquals("problem.value.date", code(() -> read(new DomainJsonb.Dates(), "\"0001-01-01\"")));
        assertEquals("problem.value.date", code(() -> read(new DomainJsonb.Dates(), "\"+100000-01-01\"")));
        assertEquals("problem.value.date", code(() -> read(new DomainJsonb.Dates(), "\"2026-02-30\"")));
        assertEquals(YearMonth.of(2026, 7), read(new DomainJsonb.Months(), "\"2026-07\""));
        assertEquals("problem.value.month", code(() -> read(new DomainJsonb.Months(), "\"0000-01\"")));
    }

    @Test
    void amountsBeyondTheMoneyColumnsAreA400() {
        assertEquals(new BigDecimal("20000.00"), read(new DomainJsonb.Amounts(), "\"20000.00\""));
        assertEquals(new BigDecimal("1.5"), read(new DomainJsonb.Amounts(), "1.5"));
        assertEquals("problem.value.amount", code(() -> read(new DomainJsonb.Amounts(), "1e30")), "a payment of 1e30 was a 500");
        assertEquals("problem.value.amount", code(() -> read(new DomainJsonb.Amounts(), "\"NaN\"")));
    }

    @Test
    void aWholeNumberBeyondItsTypeIsA400NotItsLowBits() {
        assertEquals(5, read(new DomainJsonb.Integers(), "5"));
        assertNull(read(new DomainJsonb.Integers(), "null"));
        assertEquals("problem.value.integer", code(() -> read(new DomainJsonb.Integers(), "1099511627776")), "was read as 0 days in hospital");
        assertEquals("problem.value.integer", code(() -> read(new DomainJsonb.Integers(), "1.5")));
        assertEquals(1099511627776L, read(new DomainJsonb.Longs(), "1099511627776"));
        assertEquals("problem.value.integer", code(() -> read(new DomainJsonb.Longs(), "9223372036854775808")));
    }
}
