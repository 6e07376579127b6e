package org.huzhu.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aPasswordHasTenCharactersWithLettersAndDigits() {
        assertDoesNotThrow(() -> PasswordPolicy.check("chuShi-2026".toCharArray()));
        for (String weak : new String[] {"short1", "onlyletters", "1234567890", ""}) {
            assertEquals("account.password.weak", assertThrows(DomainException.class, () -> PasswordPolicy.check(weak.toCharArray())).code(), weak);
        }
        assertEquals("account.password.weak", assertThrows(DomainException.class, () -> PasswordPolicy.check(null)).code());
    }

    @Test
    void aNewPasswordDiffersFromTheOneItReplaces() {
        assertEquals("account.password.unchanged", assertThrows(DomainException.class,
                () -> PasswordPolicy.checkChange("chuShi-2026".toCharArray(), "chuShi-2026".toCharArray())).code());
        assertDoesNotThrow(() -> PasswordPolicy.checkChange("chuShi-2026".toCharArray(), "my-own-pass-2027".toCharArray()));
    }

    @Test
    void codesAreEightCharactersWithoutLookAlikes() {
        String code = OneTimeCodes.code();
        assertEquals(8, code.length());
        assertEquals(code, code.replaceAll("[^A-HJ-NP-Z2-9]", ""));
        assertEquals("ABCD2345", OneTimeCodes.normal(" abcd2345 "));
    }
}
