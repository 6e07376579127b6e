package org.huzhu.members.api;

/** Whether the person is still a member: active, left the unit and the scheme, or deceased. */
public enum MembershipStatus {
    ACTIVE, LEFT, DECEASED
}
