package org.huzhu.members.api.account;

/** A one-time code issued for an account (after a reset, or a member's first activation); shown once. */
public record IssuedCode(String username, String activationCode) {
}
