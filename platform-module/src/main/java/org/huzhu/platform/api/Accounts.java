package org.huzhu.platform.api;

import java.util.Set;

/** Login accounts of the people who use Huzhu. Passwords are stored only as PBKDF2 hashes. */
public interface Accounts {

    boolean exists(String username);

    boolean anyWithRole(String role);

    /** Creates the account when it does not exist yet; an existing account keeps its password and roles. */
    void createIfAbsent(String username, char[] password, Set<String> roles);

    /**
     * Issues a one-time activation code for a member's account (created disabled when absent) and returns it;
     * it is shown once and stored only as a hash. A new code replaces an earlier one.
     */
    String issueActivationCode(String username, String role, String issuedBy);

    /** Sets the password with a valid, unexpired activation code, enables the account and spends the code. */
    void activate(String username, String code, char[] newPassword);

    /** Changes the password of a logged-in user after checking the current one. */
    void changePassword(String username, char[] currentPassword, char[] newPassword);
}
