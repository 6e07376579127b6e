package org.huzhu.insurance.api.rules;

/** When a mid-period joiner's cover starts. */
public enum CoverStartRule {
    /** The day after the district union confirms the enrolment list. */
    DAY_AFTER_CONFIRMATION
}
