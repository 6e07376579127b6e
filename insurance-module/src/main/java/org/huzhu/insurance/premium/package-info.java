/**
 * Premium of an enrolment and its accounting. Pure domain rules, tested without a database: tier by the unit's
 * average age, amount and split between payers ({@link org.huzhu.insurance.premium.PremiumCalculator}); the
 * unit's bill with lines that add up exactly ({@link org.huzhu.insurance.premium.PremiumBill}); allocation of
 * payments to bills and the lapse rule; refunds to leavers; earned premium by day; ageing of unpaid balances.
 * On top of them, the database side: bills issued on confirmation and their lapse
 * ({@link org.huzhu.insurance.premium.Billing}), payments, vouchers and reversals
 * ({@link org.huzhu.insurance.premium.Payments}), leavers' refunds, the unit statement, and the REST resources.
 * The monthly earning batch job lives in {@code org.huzhu.insurance.premium.earning}.
 */
package org.huzhu.insurance.premium;
