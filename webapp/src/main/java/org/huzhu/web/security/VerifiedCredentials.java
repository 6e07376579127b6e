package org.huzhu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.huzhu.platform.api.AccountChanged;

/**
 * Remembers, for one minute, that a user name and password pair was verified by the identity store, so that an
 * API client sending HTTP Basic with every request pays the PBKDF2 derivation once a minute instead of once per
 * request (the derivation costs about a millisecond of CPU; the coverage look-up it guards costs a tenth of that).
 *
 * <p>Only successful validations are kept, under an HMAC of the pair with a key made at start-up (neither the
 * password nor a cheap hash of it is held). A changed password, an activation or a disabled account
 * ({@link AccountChanged}) forgets the user's entries at once; anything changed behind the application's back is
 * picked up when the minute is over. A wrong password never matches an entry, so failures still reach the store
 * and the {@link LoginThrottle}.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String user, CredentialValidationResult result, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final LongSupplier nanoClock;

    public VerifiedCredentials() {
        this(System::nanoTime);
    }

    VerifiedCredentials(LongSupplier nanoClock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.nanoClock = nanoClock;
    }

    /** The remembered result for this pair, or null when it was not verified within the last minute. */
    public CredentialValidationResult find(String user, String password) {
        String id = id(user, password);
        Entry entry = entries.get(id);
        if (entry == null) {
            return null;
        }
        if (nanoClock.getAsLong() - entry.expiresAt() >= 0) {
            entries.remove(id, entry);
            return null;
        }
        return entry.result();
    }

    public void remember(String user, String password, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = nanoClock.getAsLong();
            entries.values().removeIf(entry -> now - entry.expiresAt() >= 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(id(user, password), new Entry(normal(user), result, nanoClock.getAsLong() + LIFETIME.toNanos()));
    }

    public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        String user = normal(changed.username());
        entries.values().removeIf(entry -> entry.user().equals(user));
    }

    int size() {
        return entries.size();
    }

    private String id(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String normal(String user) {
        return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    }
}
