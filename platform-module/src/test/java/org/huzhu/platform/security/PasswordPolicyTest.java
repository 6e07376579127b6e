package org.huzhu.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static String refusal(String password, String username) {
        return assertThrows(DomainException.class, () -> PasswordPolicy.check(password == null ? null : password.toCharArray(), username),
                password).code();
    }

    @Test
    void aPasswordHasTwelveCharactersWithLettersAndDigits() {
        assertDoesNotThrow(() -> PasswordPolicy.check("chuShi-mima-2026".toCharArray(), "li.na"));
        for (String weak : new String[] {"short1", "chuShi-2026", "onlylettersandmore", "123456789012345", ""}) {
            assertEquals("account.password.weak", refusal(weak, "li.na"), weak);
        }
        assertEquals("account.password.weak", refusal(null, "li.na"));
    }

    @Test
    void aCommonPasswordIsRefusedAlsoWithDigitsOrSignsAroundIt() {
        for (String common : new String[] {"password1234", "Password2026!", "P@ssw0rd2026", "qwertyuiop12", "!!iloveyou520", "woaini131452",
                "Admin@2026-01", "1234qwerty1234", "huzhu-demo-2026"}) {
            assertEquals("account.password.common", refusal(common, "li.na"), common);
        }
        assertDoesNotThrow(() -> PasswordPolicy.check("password-of-li-2026".toCharArray(), "zhang.wei"), "a common word inside a longer one is fine");
    }

    @Test
    void aPasswordMayNotContainTheUserNameOrTheResidentId() {
        assertEquals("account.password.containsName", refusal("zhang.wei-2026!", "zhang.wei"));
        assertEquals("account.password.containsName", refusal("my-Zhang-Wei-2026", "zhang.wei"), "ignoring case and signs");
        assertEquals("account.password.containsName", refusal("x310115197803101012", "31011519780310101X".replace("X", "2")));
        assertDoesNotThrow(() -> PasswordPolicy.check("mima-of-li-2026".toCharArray(), "li"), "names of two letters are not looked for");
    }

    @Test
    void aNewPasswordDiffersFromTheOneItReplaces() {
        assertEquals("account.password.unchanged", assertThrows(DomainException.class,
                () -> PasswordPolicy.checkChange("chuShi-mima-2026".toCharArray(), "chuShi-mima-2026".toCharArray(), "li.na")).code());
        assertDoesNotThrow(() -> PasswordPolicy.checkChange("chuShi-mima-2026".toCharArray(), "my-own-pass-2027".toCharArray(), "li.na"));
    }

    @Test
    void codesAreEightCharactersWithoutLookAlikes() {
        String code = OneTimeCodes.code();
        assertEquals(8, code.length());
        assertEquals(code, code.replaceAll("[^A-HJ-NP-Z2-9]", ""));
        assertEquals("ABCD2345", OneTimeCodes.normal(" abcd2345 "));
    }
}
