package org.huzhu.insurance.api.rules;

/** What a member who leaves mid-period gets back. */
public enum RefundRule {
    NONE, UNUSED_WHOLE_YEARS, PRO_RATA
}
