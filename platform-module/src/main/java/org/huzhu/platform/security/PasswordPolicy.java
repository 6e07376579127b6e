package org.huzhu.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.PlatformMessages;

/**
 * What a password chosen by a person must be: at least {@value #MINIMUM_LENGTH} characters with letters and digits; not
 * one of the common passwords ({@code common-passwords.txt} beside this class), nor one of them with digits or signs
 * before or after it; not containing the user name (for a member, the resident ID they log in with), ignoring case and
 * the signs between letters and digits. A new password differs from the one it replaces. Accounts made by start-up
 * ({@code Accounts.createIfAbsent}: the evaluation-mode demo accounts, test fixtures) are not checked.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    /** User names shorter than this (letters and digits) are not looked for inside passwords: too many false alarms. */
    static final int NAME_LENGTH_LOOKED_FOR = 3;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Checks a password chosen for {@code username}; refuses it with the reason. */
    static void check(char[] password, String username) {
        String text = password == null ? "" : new String(password);
        boolean letters = text.chars().anyMatch(Character::isLetter);
        boolean digits = text.chars().anyMatch(Character::isDigit);
        if (text.length() < MINIMUM_LENGTH || !letters || !digits) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.password.weak", DomainException.Kind.INVALID, MINIMUM_LENGTH);
        }
        if (isCommon(text)) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.password.common", DomainException.Kind.INVALID);
        }
        String name = lettersAndDigits(username);
        if (name.length() >= NAME_LENGTH_LOOKED_FOR && lettersAndDigits(text).contains(name)) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.password.containsName", DomainException.Kind.INVALID);
        }
    }

    static void checkChange(char[] currentPassword, char[] newPassword, String username) {
        check(newPassword, username);
        if (Arrays.equals(currentPassword, newPassword)) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.password.unchanged", DomainException.Kind.INVALID);
        }
    }

    /** One of the common passwords, as it is or with digits and signs before or after it. */
    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return COMMON.contains(lower.substring(start, end));
    }

    private static String lettersAndDigits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing beside " + PasswordPolicy.class.getName());
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
