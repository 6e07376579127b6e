package org.huzhu.platform.api;

/**
 * Fired (CDI event) when an account's password, roles, organisation or state changes: whoever remembers a verified
 * credential or what an account may do must forget it for this user name. Observers that cache should observe it
 * after the transaction succeeded ({@code during = TransactionPhase.AFTER_SUCCESS}), so a concurrent request cannot
 * cache the state the transaction is replacing.
 */
public record AccountChanged(String username) {
}
