package org.huzhu.platform.api;

/** What happened to an account; each change writes one row of the audit trail in the transaction that made it. */
public enum AccountAction {
    /** Created, with its roles (and organisation) in the detail. */
    CREATED,
    ROLES_CHANGED,
    DISPLAY_NAME_CHANGED,
    /** The organisation the person belongs to changed (the members module keeps it). */
    ORGANISATION_CHANGED,
    /** Made the agent of a unit. */
    AGENT_ASSIGNED,
    DISABLED,
    ENABLED,
    /** An administrator or supervisor replaced the password by a one-time code. */
    PASSWORD_RESET,
    /** A one-time code was issued for a member's account. */
    CODE_ISSUED,
    /** The holder set their password with a one-time code. */
    ACTIVATED,
    /** The holder changed their own password. */
    PASSWORD_CHANGED,
    /** An administrator lifted the login throttle's lock on the user name. */
    UNLOCKED
}
