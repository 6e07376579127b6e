package org.huzhu.platform.api;

/**
 * Fired (CDI event) when an account's password or state changes: whoever remembers a verified credential
 * for this user name must forget it.
 */
public record AccountChanged(String username) {
}
