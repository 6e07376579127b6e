package org.huzhu.insurance.api.rules;

/** What the premium rate is charged for: each share held, or each person whatever the shares. */
public enum PremiumBasis {
    PER_SHARE_PER_PERIOD, PER_PERSON_PER_PERIOD
}
