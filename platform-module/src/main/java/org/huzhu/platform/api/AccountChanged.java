package org.huzhu.platform.api;

import java.util.Set;

/**
 * Fired (CDI event) when an account's password, roles, organisation or state changes: whoever remembers a verified
 * credential or what an account may do must forget it for this user name. Observers that cache should observe it
 * after the transaction succeeded ({@code during = TransactionPhase.AFTER_SUCCESS}), so a concurrent request cannot
 * cache the state the transaction is replacing.
 *
 * @param action what happened; null when unknown
 */
public record AccountChanged(String username, AccountAction action) {

    /** Changes after which no session or remembered login of the account may go on: the holder logs in again. */
    private static final Set<AccountAction> ENDING_SESSIONS = Set.of(AccountAction.DISABLED, AccountAction.PASSWORD_RESET, AccountAction.ACTIVATED,
            AccountAction.PASSWORD_CHANGED, AccountAction.ROLES_CHANGED);

    public AccountChanged(String username) {
        this(username, null);
    }

    /** Whether every open session of the account ends: its password was set, changed or reset, its roles changed, or it was disabled. */
    public boolean endsSessions() {
        return action == null || ENDING_SESSIONS.contains(action);
    }
}
