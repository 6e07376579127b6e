package org.huzhu.members.api;

/** A node of the union hierarchy as other modules and the API see it. */
public record UnitView(long id, String code, OrganisationKind kind, String name, String parentCode, long memberCount) {
}
