/**
 * The typed, immutable rules of one plan version and their JSON form. Everything a version decides
 * (period, eligibility, shares, premium, cover, refunds, benefits) is a parameter here; no rule value lives
 * in code. Amounts are yuan as {@link java.math.BigDecimal} with two decimals; fractions and rates are
 * exact decimals between 0 and 1.
 */
package org.huzhu.insurance.api.rules;
