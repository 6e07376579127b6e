package org.huzhu.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.huzhu.platform.api.AccountChanged;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final VerifiedCredentials verified = new VerifiedCredentials(now::get);
    private final CredentialValidationResult officer = new CredentialValidationResult("officer", Set.of("OFFICER"));

    @Test
    void a_verified_pair_is_remembered_for_a_minute_and_then_verified_again() {
        verified.remember("officer", "right-password", officer);
        assertSame(officer, verified.find("officer", "right-password"));
        now.addAndGet(VerifiedCredentials.LIFETIME.toNanos() - 1);
        assertSame(officer, verified.find("officer", "right-password"));
        now.addAndGet(1);
        assertNull(verified.find("officer", "right-password"));
        assertEquals(0, verified.size());
    }

    @Test
    void another_password_or_user_name_never_matches_a_remembered_pair() {
        verified.remember("officer", "right-password", officer);
        assertNull(verified.find("officer", "wrong-password"));
        assertNull(verified.find("officer", "right-password "));
        assertNull(verified.find("Officer", "right-password"));
        assertNull(verified.find("officer\0right", "-password"));
    }

    @Test
    void failed_validations_are_never_remembered() {
        verified.remember("officer", "wrong-password", CredentialValidationResult.INVALID_RESULT);
        verified.remember("officer", "wrong-password", CredentialValidationResult.NOT_VALIDATED_RESULT);
        assertNull(verified.find("officer", "wrong-password"));
        assertEquals(0, verified.size());
    }

    @Test
    void a_changed_password_forgets_the_users_pairs_at_once() {
        verified.remember("officer", "old-password", officer);
        CredentialValidationResult agent = new CredentialValidationResult("agent", Set.of("UNIT_AGENT"));
        verified.remember("agent", "agent-password", agent);
        verified.forget(new AccountChanged("officer"));
        assertNull(verified.find("officer", "old-password"));
        assertNotNull(verified.find("agent", "agent-password"));
    }

    @Test
    void the_store_stays_bounded_when_many_callers_log_in() {
        for (int i = 0; i < VerifiedCredentials.MAX_ENTRIES + 10; i++) {
            verified.remember("member" + i, "password", new CredentialValidationResult("member" + i, Set.of("MEMBER")));
        }
        assertEquals(true, verified.size() <= VerifiedCredentials.MAX_ENTRIES);
        assertNotNull(verified.find("member" + (VerifiedCredentials.MAX_ENTRIES + 9), "password"));
    }
}
