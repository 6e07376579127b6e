package org.huzhu.members.api;

import java.time.LocalDate;

/** A node of the union hierarchy as other modules and the API see it; {@code validTo} is set once it closed. */
public record UnitView(long id, String code, OrganisationKind kind, String name, String parentCode, long memberCount,
                       LocalDate validFrom, LocalDate validTo) {
}
