package org.huzhu.insurance.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IcdRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "C00-C97, C00, true",
            "C00-C97, C97.9, true",
            "C00-C97, C50.912, true",
            "C00-C97, D00.1, false",
            "C00-C97, B99, false",
            "D00-D09, d05.1, true",
            "Z95.2-Z95.4, Z95.3, true",
            "Z95.2-Z95.4, Z95.1, false",
            "Z95.2-Z95.4, Z95.5, false",
            "I69, I69.3, true",
            "I69, I70, false",
            "G81-G83, G82.4, true",
    })
    void aRangeContainsItsCategoriesWithAllSubcodes(String range, String code, boolean contained) {
        assertEquals(contained, IcdRange.parse(range).contains(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C0", "C00-", "CC0", "C00-C97-D00", "100"})
    void malformedRangesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> IcdRange.parse(text));
    }
}
