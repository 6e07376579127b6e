package org.huzhu.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void aListShowsTheFirstAndLastFourOfAResidentIdOrABankCard() {
        assertEquals("3101********0412", PersonalData.maskId("310115198203150412"));
        assertEquals("1101********001X", PersonalData.maskId("11010119900307001X"));
        assertEquals("6222********0001", PersonalData.maskCard("6222 0200 0000 0001"));
        assertEquals("6222********0019", PersonalData.maskCard("6222020000000000019"));
    }

    @Test
    void shortOrMissingNumbersDiscloseNothing() {
        assertEquals("********", PersonalData.maskCard("12345678"));
        assertNull(PersonalData.maskCard(null));
        assertEquals("", PersonalData.maskId(""));
    }
}
