package org.huzhu.members.account;

/** Request bodies of the accounts API besides {@code NewAccount} and {@code AccountUpdate}. */
public final class AccountRequests {

    private AccountRequests() {
    }

    /** Setting a password with a one-time code. */
    public record Activation(String username, String code, String newPassword) {
    }

    /** A logged-in user's own password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }
}
