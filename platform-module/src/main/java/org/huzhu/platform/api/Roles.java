package org.huzhu.platform.api;

/** The roles a user of Huzhu can hold; group names in the identity store are the same strings. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String OFFICER = "OFFICER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ACTUARY = "ACTUARY";
    public static final String UNIT_AGENT = "UNIT_AGENT";
    public static final String MEMBER = "MEMBER";

    private Roles() {
    }
}
