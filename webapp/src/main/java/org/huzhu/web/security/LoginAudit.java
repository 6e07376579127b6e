package org.huzhu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;

/**
 * Logins in the audit trail: every failed one (the name tried, from which address, through the form or the API, and
 * whether it locked the name or the address), and every one checked against the accounts (a form login; an API
 * credential once a minute at most, since verified credentials are remembered that long).
 */
@ApplicationScoped
public class LoginAudit {

    @Inject
    AuditTrail trail;

    void failed(String user, String client, boolean fromForm, boolean locked) {
        trail.record(user, "LOGIN_FAILED", AuditedObject.LOGIN, user, null, Map.of("address", client, "channel", channel(fromForm), "locked", locked));
    }

    void succeeded(String user, String client, boolean fromForm) {
        trail.record(user, "LOGIN", AuditedObject.LOGIN, user, null, Map.of("address", client, "channel", channel(fromForm)));
    }

    private static String channel(boolean fromForm) {
        return fromForm ? "FORM" : "API";
    }
}
