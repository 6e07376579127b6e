package org.huzhu.members.api.access;

import java.util.Set;

/** The units whose objects a caller may reach for an action: every unit, or these (possibly none). For filtering lists. */
public record Scope(boolean everything, Set<String> unitCodes) {

    public Scope {
        unitCodes = everything ? Set.of() : Set.copyOf(unitCodes);
    }

    public static Scope all() {
        return new Scope(true, Set.of());
    }

    public static Scope units(Set<String> unitCodes) {
        return new Scope(false, unitCodes);
    }

    public static Scope none() {
        return new Scope(false, Set.of());
    }

    public boolean includes(String unitCode) {
        return everything || unitCode != null && unitCodes.contains(unitCode);
    }

    public boolean isEmpty() {
        return !everything && unitCodes.isEmpty();
    }
}
