package org.huzhu.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import org.huzhu.platform.api.Accounts;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.RuntimeMode;

/**
 * The first administrator comes from the environment: {@code HUZHU_ADMIN_USER} (default {@code admin}) and
 * {@code HUZHU_ADMIN_PASSWORD}. Production refuses to start without the password; it never overwrites an
 * existing account. Evaluation mode adds demo accounts, one per role, with a published demo password.
 */
@ApplicationScoped
public class AdministratorBootstrap {

    static final String ADMIN_USER_VARIABLE = "HUZHU_ADMIN_USER";
    static final String ADMIN_PASSWORD_VARIABLE = "HUZHU_ADMIN_PASSWORD";
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    public static final String DEMO_PASSWORD = "huzhu-demo";

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    private static final Map<String, Set<String>> DEMO_ACCOUNTS = Map.of(
            "admin", Set.of(Roles.ADMIN),
            "officer", Set.of(Roles.OFFICER),
            "supervisor", Set.of(Roles.SUPERVISOR, Roles.OFFICER),
            "supervisor2", Set.of(Roles.SUPERVISOR, Roles.OFFICER),
            "actuary", Set.of(Roles.ACTUARY),
            "agent", Set.of(Roles.UNIT_AGENT));

    @Inject
    Accounts accounts;

    void bootstrap(RuntimeMode mode) {
        String user = setting(ADMIN_USER_VARIABLE, "admin");
        String password = setting(ADMIN_PASSWORD_VARIABLE, null);
        if (password != null) {
            if (password.length() < MINIMUM_PASSWORD_LENGTH) {
                throw new IllegalStateException(ADMIN_PASSWORD_VARIABLE + " must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
            }
            accounts.createIfAbsent(user, password.toCharArray(), Set.of(Roles.ADMIN));
        } else if (mode == RuntimeMode.PRODUCTION) {
            throw new IllegalStateException("production mode needs the first administrator's password in "
                    + ADMIN_PASSWORD_VARIABLE + " (and optionally the user name in " + ADMIN_USER_VARIABLE + ")");
        }
        if (mode == RuntimeMode.EVALUATION) {
            DEMO_ACCOUNTS.forEach((name, roles) -> accounts.createIfAbsent(name, DEMO_PASSWORD.toCharArray(), roles));
            LOG.warning("Evaluation mode demo accounts " + DEMO_ACCOUNTS.keySet() + " use the password '" + DEMO_PASSWORD + "'");
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
