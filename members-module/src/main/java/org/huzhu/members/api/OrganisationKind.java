package org.huzhu.members.api;

/** Levels of the union hierarchy: association → district or industry union → unit or community office. */
public enum OrganisationKind {
    ASSOCIATION, DISTRICT_UNION, INDUSTRY_UNION, UNIT, COMMUNITY
}
