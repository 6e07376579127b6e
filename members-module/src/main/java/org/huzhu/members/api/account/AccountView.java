package org.huzhu.members.api.account;

import java.util.List;

/**
 * An account as the accounts API and pages show it: roles, the organisation it belongs to (a unit agent's unit), whether
 * it may log in and whether its holder must change the password first. {@code activationCode} is there only in the
 * answer that issued it (creating an account without an initial password); JSON leaves out what is null.
 */
public record AccountView(String username, String displayName, List<String> roles, String organisation, boolean enabled,
                          boolean mustChangePassword, String activationCode) {

    public AccountView withCode(String code) {
        return new AccountView(username, displayName, roles, organisation, enabled, mustChangePassword, code);
    }
}
