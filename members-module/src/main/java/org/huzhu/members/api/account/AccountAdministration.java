package org.huzhu.members.api.account;

import java.util.List;

import org.huzhu.members.api.access.Caller;

/**
 * Staff accounts and the organisations they belong to, for the accounts API and pages alike. Every method checks the
 * caller against the access policy on the account it touches (an administrator manages every account; a supervisor
 * the unit agents of units beneath their organisation) and writes one audit row per change in its transaction.
 */
public interface AccountAdministration {

    /** Creates a staff account; the view carries the one-time code when no initial password was given. */
    AccountView create(Caller caller, NewAccount account);

    List<AccountView> search(Caller caller, AccountQuery query);

    AccountView view(Caller caller, String username);

    /** The caller's own account. */
    AccountView me(Caller caller);

    AccountView update(Caller caller, String username, AccountUpdate update);

    AccountView disable(Caller caller, String username);

    AccountView enable(Caller caller, String username);

    /** Lifts the login throttle's lock on the user name (recorded in the audit trail); the account is otherwise unchanged. */
    AccountView unlock(Caller caller, String username);

    /** The old password stops working; the holder sets a new one with the returned code. */
    IssuedCode resetPassword(Caller caller, String username);

    /** The account's audit trail, newest first. */
    List<AccountChangeView> changes(Caller caller, String username);

    /** Makes an account holding UNIT_AGENT the agent of a unit or community office. */
    void assignAgent(Caller caller, String unitCode, String username);

    /** Sets a password with a one-time code (staff and members alike; a member's user name is the resident ID). */
    void activate(String username, String code, char[] newPassword);

    void changeOwnPassword(Caller caller, char[] currentPassword, char[] newPassword);

    /** A member's one-time activation code (their account is created when it does not exist yet). */
    IssuedCode issueMemberCode(Caller caller, String residentId);

    /** The organisations the caller may give an account: every organisation for an administrator, units beneath a supervisor. */
    List<String> organisationChoices(Caller caller);
}
