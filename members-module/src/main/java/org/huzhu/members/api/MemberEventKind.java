package org.huzhu.members.api;

/** What happened to a member. */
public enum MemberEventKind {
    JOINED, RETIRED, LEFT_UNIT, MOVED, DIED, UPDATED
}
