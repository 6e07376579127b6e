package org.huzhu.insurance.api.enrolment;

/**
 * Where an enrolment stands on a date: cover in force (confirmed, premium paid, date within cover), waiting for
 * the premium (confirmed, not yet paid, still within the payment deadline), lapsed (unpaid past the deadline:
 * void from the start), ended (left or died before the date), not started yet, or used up: in force, but nothing of
 * the version can pay any more in this plan year or cycle (after a main serious-illness sum, or every yearly limit
 * reached; see {@link CoverLeft#usedUp}).
 */
public enum CoverStatus {
    IN_FORCE, PREMIUM_PENDING, LAPSED, ENDED, NOT_STARTED, USED_UP
}
