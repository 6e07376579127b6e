package org.huzhu.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountGateTest {

    @Test
    void anAccountThatMustChangeItsPasswordOnlyReadsItselfAndChangesIt() {
        assertTrue(AccountGate.mayPassBeforeChange("GET", "/api/v1/accounts/me", true));
        assertTrue(AccountGate.mayPassBeforeChange("PUT", "/api/v1/accounts/me/password", true));
        assertFalse(AccountGate.mayPassBeforeChange("GET", "/api/v1/units", true));
        assertFalse(AccountGate.mayPassBeforeChange("POST", "/api/v1/accounts/me/password", true));
        assertFalse(AccountGate.mayPassBeforeChange("GET", "/api/v1/accounts/me/password", true));
        assertFalse(AccountGate.mayPassBeforeChange("GET", "/api/v1/accounts", true));
    }

    @Test
    void onThePagesItIsSentToTheChangePasswordPage() {
        assertTrue(AccountGate.mayPassBeforeChange("GET", "/password.xhtml", false));
        assertTrue(AccountGate.mayPassBeforeChange("POST", "/password.xhtml", false));
        assertTrue(AccountGate.mayPassBeforeChange("GET", "/jakarta.faces.resource/theme.css.xhtml", false));
        assertFalse(AccountGate.mayPassBeforeChange("GET", "/officer/dashboard.xhtml", false));
        assertFalse(AccountGate.mayPassBeforeChange("GET", "/index.xhtml", false));
    }
}
