package org.huzhu.members.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

import org.huzhu.platform.api.DomainException;

/**
 * An 18-character mainland resident identity number (居民身份证号, GB 11643-1999): six digits of region,
 * eight of birth date, three of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character, which may be {@code X}.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private final String value;
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and validates; a lower-case {@code x} is accepted and stored as {@code X}. */
    public static ResidentId parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("member.residentId.missing", "");
        }
        String candidate = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (candidate.length() != 18) {
            throw invalid("member.residentId.length", candidate, candidate.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(candidate.charAt(i)) || candidate.charAt(i) > '9') {
                throw invalid("member.residentId.digits", candidate);
            }
        }
        char last = candidate.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw invalid("member.residentId.digits", candidate);
        }
        LocalDate birthDate = birthDateOf(candidate);
        char expected = checkCharacter(candidate.substring(0, 17));
        if (expected != last) {
            throw invalid("member.residentId.checkDigit", candidate, String.valueOf(expected));
        }
        return new ResidentId(candidate, birthDate);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    private static LocalDate birthDateOf(String candidate) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
            if (date.getYear() < 1900) {
                throw invalid("member.residentId.birthDate", candidate);
            }
            return date;
        } catch (DateTimeException e) {
            throw invalid("member.residentId.birthDate", candidate);
        }
    }

    private static DomainException invalid(String code, Object... arguments) {
        return new DomainException(MembersMessages.BUNDLE, code, DomainException.Kind.INVALID, arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
