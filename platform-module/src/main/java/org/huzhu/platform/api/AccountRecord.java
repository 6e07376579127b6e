package org.huzhu.platform.api;

import java.time.Instant;
import java.util.Set;

/**
 * A login account as stored: its roles, whether it may log in, and whether its holder must choose a new password
 * before doing anything else. {@code disabledAt} is set while an administrator keeps it disabled.
 */
public record AccountRecord(String username, String displayName, Set<String> roles, boolean enabled, boolean mustChangePassword,
                            String createdBy, Instant createdAt, Instant disabledAt) {

    public AccountRecord {
        roles = Set.copyOf(roles);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
