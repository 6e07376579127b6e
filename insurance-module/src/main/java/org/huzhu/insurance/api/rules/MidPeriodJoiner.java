package org.huzhu.insurance.api.rules;

/** What a member who joins after the period start pays: the full rate, or a share by days of cover. */
public enum MidPeriodJoiner {
    FULL, PRO_RATA
}
