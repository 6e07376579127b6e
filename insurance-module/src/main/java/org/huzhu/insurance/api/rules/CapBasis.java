package org.huzhu.insurance.api.rules;

/** What a cap is counted per: each share held in a plan year, or each member in a plan year. */
public enum CapBasis {
    SHARE_PER_YEAR, MEMBER_PER_YEAR
}
