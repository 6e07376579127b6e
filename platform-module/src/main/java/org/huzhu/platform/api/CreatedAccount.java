package org.huzhu.platform.api;

/** An account just created, and the one-time code issued with it (null when it was given an initial password). */
public record CreatedAccount(AccountRecord account, String activationCode) {
}
