package org.huzhu.platform.security;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.PlatformMessages;

/** A password has at least 10 characters and mixes letters and digits; a new one differs from the one it replaces. */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;

    private PasswordPolicy() {
    }

    static void check(char[] password) {
        String text = password == null ? "" : new String(password);
        boolean letters = text.chars().anyMatch(Character::isLetter);
        boolean digits = text.chars().anyMatch(Character::isDigit);
        if (text.length() < MINIMUM_LENGTH || !letters || !digits) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.password.weak", DomainException.Kind.INVALID, MINIMUM_LENGTH);
        }
    }

    static void checkChange(char[] currentPassword, char[] newPassword) {
        check(newPassword);
        if (java.util.Arrays.equals(currentPassword, newPassword)) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.password.unchanged", DomainException.Kind.INVALID);
        }
    }
}
