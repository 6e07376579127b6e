package org.huzhu.members.api.access;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.huzhu.platform.api.Roles;

/**
 * Who asks: the logged-in user name and the roles the container gave them. Build it from JAX-RS' or Jakarta
 * Security's {@code SecurityContext}, or from Faces' external context: {@code Caller.of(name, security::isUserInRole)}.
 */
public record Caller(String username, Set<String> roles) {

    private static final List<String> ALL_ROLES = List.of(Roles.ADMIN, Roles.OFFICER, Roles.SUPERVISOR, Roles.ACTUARY,
            Roles.UNIT_AGENT, Roles.MEMBER);

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(String username, Predicate<String> inRole) {
        Set<String> held = new TreeSet<>();
        for (String role : ALL_ROLES) {
            if (inRole.test(role)) {
                held.add(role);
            }
        }
        return new Caller(username, held);
    }

    public static Caller of(String username, String... roles) {
        return new Caller(username, Set.of(roles));
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
