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

    /**
     * The roles by their names in the reader's language, in the order given and each once: "经办人员、主管" or
     * "Officer, Supervisor" (a 403 names the roles that would be allowed).
     */
    public static Messages.Localised named(java.util.Collection<String> roles) {
        java.util.List<String> codes = java.util.List.copyOf(new java.util.LinkedHashSet<>(roles));
        return locale -> {
            String separator = Messages.get(PlatformMessages.BUNDLE, "role.separator", locale);
            return String.join(separator, codes.stream().map(role -> Messages.get(PlatformMessages.BUNDLE, "role." + role, locale)).toList());
        };
    }
}
