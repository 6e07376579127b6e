package org.huzhu.platform.security;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time codes (eight characters of an alphabet without look-alikes: no 0/O, 1/I) and passwords nobody knows (for an
 * account that waits for its holder to set one).
 */
final class OneTimeCodes {

    static final int LENGTH = 8;
    static final int MAX_FAILED_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private OneTimeCodes() {
    }

    static String code() {
        return new String(random(LENGTH));
    }

    /** A password nobody knows: the account cannot be used until a code sets one. */
    static char[] unusablePassword() {
        return random(32);
    }

    /** A code as typed: surrounding spaces dropped, lower case accepted. */
    static String normal(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    private static char[] random(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return text;
    }
}
