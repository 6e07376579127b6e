/**
 * The assessment engine: {@link org.huzhu.claims.assessment.BenefitCalculator} applies a plan version's
 * rules to one claim. Pure domain code: no database, no web, nothing plan-specific; every figure comes from
 * {@link org.huzhu.insurance.api.rules.PlanRules}.
 */
package org.huzhu.claims.assessment;
