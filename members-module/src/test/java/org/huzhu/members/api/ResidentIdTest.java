package org.huzhu.members.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdTest {

    @ParameterizedTest(name = "{0} is valid")
    @CsvSource({
            // the GB 11643-1999 worked example (check character X) and others ending in 3, 2 and 0
            "11010519491231002X, 1949-12-31, FEMALE",
            "440524198001010013, 1980-01-01, MALE",
            "310115198203150412, 1982-03-15, MALE",
            "310115199002280020, 1990-02-28, FEMALE",
    })
    void acceptsNumbersWhoseCheckCharacterMatches(String id, LocalDate birthDate, Sex sex) {
        ResidentId residentId = ResidentId.parse(id);
        assertEquals(birthDate, residentId.birthDate());
        assertEquals(sex, residentId.sex());
    }

    @Test
    void lowerCaseXIsStoredUpperCase() {
        assertEquals("11010519491231002X", ResidentId.parse(" 11010519491231002x ").value());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "110105194912310021, member.residentId.checkDigit",
            "11010519491231002, member.residentId.length",
            "1101051949123100211, member.residentId.length",
            "11010519491231A02X, member.residentId.digits",
            "11010519490230002X, member.residentId.birthDate",
            "440524188001010014, member.residentId.birthDate",
            "'', member.residentId.missing",
    })
    void refusesMalformedNumbersWithTheReason(String id, String expectedCode) {
        DomainException refusal = assertThrows(DomainException.class, () -> ResidentId.parse(id));
        assertEquals(expectedCode, refusal.code());
        assertEquals(DomainException.Kind.INVALID, refusal.kind());
    }

    @Test
    void wrongCheckCharacterIsExplainedInChineseAndEnglish() {
        DomainException refusal = assertThrows(DomainException.class, () -> ResidentId.parse("110105194912310021"));
        assertEquals("身份证号“110105194912310021”的校验位不正确，应为 X。", refusal.detail(Locale.SIMPLIFIED_CHINESE));
        assertEquals("The check character of resident ID \"110105194912310021\" is wrong; it should be X.", refusal.detail(Locale.ENGLISH));
        assertEquals("身份证号无效", refusal.title(Locale.CHINA));
    }

    @Test
    void checkCharacterFollowsIso7064Mod11Dash2() {
        assertEquals('X', ResidentId.checkCharacter("11010519491231002"));
        assertEquals('3', ResidentId.checkCharacter("44052419800101001"));
        assertTrue(ResidentId.isValid("440524198001010013"));
        assertFalse(ResidentId.isValid("440524198001010015"));
    }
}
