package org.huzhu.platform.security;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.PlatformMessages;
import org.huzhu.platform.api.Roles;

/**
 * The rules every account change keeps, whoever makes it: what a user name looks like, the roles an account may hold
 * here, nobody disables themselves, and there is always an enabled administrator.
 */
final class AccountRules {

    static final int USERNAME_MIN = 3;
    static final int USERNAME_MAX = 64;
    static final int DISPLAY_NAME_MAX = 100;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]+");
    /** 18 characters, digits with a final digit or X: the shape of a resident ID, which members log in with. */
    private static final Pattern RESIDENT_ID_SHAPE = Pattern.compile("[0-9]{17}[0-9Xx]");
    /** Words the accounts API uses in its paths. */
    private static final Set<String> RESERVED = Set.of("me", "activation");
    static final Set<String> STAFF_ROLES = Set.of(Roles.ADMIN, Roles.OFFICER, Roles.SUPERVISOR, Roles.ACTUARY, Roles.UNIT_AGENT);

    private AccountRules() {
    }

    /** 3–64 letters, digits, dots, underscores or hyphens; not a resident ID (members' logins) nor a word of the API. */
    static void checkUsername(String username) {
        if (username == null || username.length() < USERNAME_MIN || username.length() > USERNAME_MAX || !USERNAME.matcher(username).matches()) {
            throw invalid("account.username.invalid", USERNAME_MIN, USERNAME_MAX);
        }
        if (RESIDENT_ID_SHAPE.matcher(username).matches()) {
            throw invalid("account.username.residentId", username);
        }
        if (RESERVED.contains(username.toLowerCase(Locale.ROOT))) {
            throw invalid("account.username.reserved", username);
        }
    }

    static String displayName(String displayName, String username) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > DISPLAY_NAME_MAX) {
            throw invalid("account.displayName.tooLong", DISPLAY_NAME_MAX);
        }
        return name;
    }

    /** At least one role, each a staff role: member accounts come from the members' own activation codes. */
    static void checkStaffRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw invalid("account.roles.missing");
        }
        for (String role : roles) {
            if (!STAFF_ROLES.contains(role)) {
                throw invalid("account.roles.unknown", String.valueOf(role), String.join(", ", STAFF_ROLES.stream().sorted().toList()));
            }
        }
    }

    static void notYourself(String username, String changedBy) {
        if (username.equals(changedBy)) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.disable.self", DomainException.Kind.CONFLICT);
        }
    }

    /**
     * Whether taking ADMIN away from this account (disabling it, or changing its roles to {@code rolesAfter}) would leave
     * no enabled administrator; {@code enabledAdministrators} counts the enabled accounts holding ADMIN now.
     */
    static boolean leavesNoAdministrator(boolean enabledAdministratorNow, boolean administratorAfter, long enabledAdministrators) {
        return enabledAdministratorNow && !administratorAfter && enabledAdministrators <= 1;
    }

    static DomainException lastAdministrator(String username) {
        return new DomainException(PlatformMessages.BUNDLE, "account.lastAdministrator", DomainException.Kind.CONFLICT, username);
    }

    private static DomainException invalid(String code, Object... arguments) {
        return new DomainException(PlatformMessages.BUNDLE, code, DomainException.Kind.INVALID, arguments);
    }
}
