/**
 * Premium of an enrolment and its accounting: tier by the unit's average age, amount and split between payers
 * ({@link org.huzhu.insurance.premium.PremiumCalculator}); the unit's bill with lines that add up exactly
 * ({@link org.huzhu.insurance.premium.PremiumBill}); allocation of payments to bills and the lapse of
 * unpaid enrolments; refunds to leavers; earned premium by day; ageing of unpaid balances. Pure domain code:
 * no database, no web.
 */
package org.huzhu.insurance.premium;
