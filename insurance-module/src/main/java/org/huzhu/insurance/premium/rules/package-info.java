/**
 * Premium's rules, plain Java tested without a container or a database: tier by the unit's average age, amount and
 * split between payers ({@link org.huzhu.insurance.premium.rules.PremiumCalculator}); the unit's bill with lines that
 * add up exactly ({@link org.huzhu.insurance.premium.rules.PremiumBill}); a bill's status; allocation of payments to
 * bills and the lapse rule; refunds to leavers; premium earned by day ({@link org.huzhu.insurance.premium.rules.EarnedPremium},
 * whose SQL the earning job and departures run); ageing of unpaid balances; voucher file types.
 */
package org.huzhu.insurance.premium.rules;
