package org.huzhu.platform.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Login accounts of the people who use Huzhu. Passwords and one-time codes are stored only as PBKDF2 hashes. Every
 * change writes one row of the account's audit trail ({@link AccountAction}) in the caller's transaction and, once
 * that commits, fires {@link AccountChanged}. Who may make a change is decided by the caller (the members module's
 * access policy); the rules that hold whoever asks (a password's strength, the last enabled administrator, nobody
 * disables themselves) are kept here.
 */
public interface Accounts {

    /** Codes are issued for 14 days. */
    int CODE_LIFETIME_DAYS = 14;

    boolean exists(String username);

    /** Whether an account exists whose user name equals this one ignoring case (user names must differ by more than case). */
    boolean existsIgnoringCase(String username);

    boolean anyWithRole(String role);

    Optional<AccountRecord> find(String username);

    /**
     * Accounts by text (in the user name or display name), role and state, ordered by user name; {@code among} limits
     * the search to these user names when not null.
     */
    List<AccountRecord> search(String text, String role, Boolean enabled, Collection<String> among, int offset, int limit);

    /**
     * Creates the account when it does not exist yet; an existing account keeps its password and roles. For start-up
     * (the first administrator, evaluation-mode demo accounts) and tests: no user name rules, no forced change.
     */
    void createIfAbsent(String username, char[] password, Set<String> roles);

    /**
     * Creates a staff account. Without an initial password it gets a one-time activation code (returned once, stored as a
     * hash, valid {@value #CODE_LIFETIME_DAYS} days) and can be used only once its holder set a password with it; with
     * one, its holder must change it at the first login.
     *
     * @param detail what the audit row says besides the roles (the organisation), or null
     */
    CreatedAccount create(String username, String displayName, Set<String> roles, char[] initialPassword, String createdBy, String detail);

    /** Refuses a password the rules for new passwords would refuse for {@code username}; writes nothing. */
    void checkPassword(String username, char[] password);

    /** Replaces the roles; the last enabled administrator keeps ADMIN. */
    AccountRecord changeRoles(String username, Set<String> roles, String changedBy);

    AccountRecord changeDisplayName(String username, String displayName, String changedBy);

    /** Disables the account (it can no longer log in); nobody disables themselves, and the last enabled administrator stays. */
    AccountRecord disable(String username, String changedBy);

    AccountRecord enable(String username, String changedBy);

    /** Makes the old password unusable and returns a one-time code with which the holder sets a new one. */
    String resetPassword(String username, String changedBy);

    /**
     * Issues a one-time activation code for a member's account (created when absent, with a password nobody knows) and
     * returns it; it is shown once and stored only as a hash. A new code replaces an earlier one.
     */
    String issueActivationCode(String username, String role, String issuedBy);

    /**
     * Sets the password with a valid, unexpired activation code and spends the code. Five wrong codes spend it too; a
     * disabled account cannot be activated.
     */
    void activate(String username, String code, char[] newPassword);

    /** Changes the password of a logged-in user after checking the current one; a forced change is then done. */
    void changePassword(String username, char[] currentPassword, char[] newPassword);

    /** Writes one audit row for a change the caller made elsewhere (the organisation an account belongs to). */
    void record(String username, String changedBy, AccountAction action, String detail);

    /** The account's audit trail, newest first. */
    List<AccountChangeRecord> changes(String username);
}
